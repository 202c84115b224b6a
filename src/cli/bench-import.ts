// npm run bench:import [-- --deals 50000 --history 200000 --people 100 --pglite] — imports
// Salesforce-shaped files of that size into a fresh database (PostgreSQL by default, at
// BENCH_POSTGRES_URL or the local server; embedded PGlite with --pglite), in this process,
// while a rep moves a card every 50 ms through the same use case the board calls. Reports
// the import's wall time, peak RSS, and the moves' p50/p95 while it ran. Targets
// (issue #13): PostgreSQL ≤ 60 s, PGlite ≤ 180 s, RSS ≤ 512 MB, move p95 < 100 ms.
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, installDatabase, closeDatabase } from '@/server/db';
import { applyMigrations } from '@/server/migrations';
import { loadSessionUser } from '@/server/auth/session-user';
import { commitImport } from '@/server/use-cases/commit-import';
import { moveDeal } from '@/server/use-cases/move-deal';
import { fileFromPath } from '@/server/import/read-csv-stream';
import { salesforceOpportunities, salesforceOpportunityHistory, salesforceUsers, type SampleDeal, type SampleHistory, type SamplePerson } from '@/domain/import/sample-files';
import { percentile } from './bench/statistics';
import { runCommand } from './run-command';

const stages = ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal/Price Quote', 'Negotiation/Review'];

function generate(counts: { people: number; deals: number; history: number }) {
  const offices = ['New York', 'London', 'Berlin'];
  const people: SamplePerson[] = Array.from({ length: counts.people }, (_, index) => ({
    id: `005B${String(index).padStart(11, '0')}`,
    firstName: `Rep${index}`,
    lastName: `Bench`,
    email: `rep${index}@bench.example`,
    team: `Team ${index % 10}`,
    office: offices[index % 3]!,
    startDate: '2023-01-02',
    isActive: true,
  }));
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const deals: SampleDeal[] = [];
  const history: SampleHistory[] = [];
  const perDeal = counts.history / counts.deals;
  for (let index = 0; index < counts.deals; index += 1) {
    const created = start + Math.floor((index / counts.deals) * span);
    const outcome = index % 3 === 0 ? 'WON' : index % 3 === 1 ? 'LOST' : null;
    const close = new Date(created + 40 * 86_400_000).toISOString().slice(0, 10);
    const id = `006B${String(index).padStart(11, '0')}`;
    deals.push({ id, title: `Deal ${index}`, account: `Account ${index % 997}`, stage: outcome === 'WON' ? 'Closed Won' : outcome ? 'Closed Lost' : stages[index % stages.length]!, amount: 1_000 + (index % 50) * 250, currency: 'USD', closeDate: close, createdAt: new Date(created).toISOString(), outcome, owner: people[index % people.length]! });
    const entries = Math.round(perDeal);
    for (let step = 0; step < entries; step += 1) {
      history.push({ dealId: id, at: new Date(created + step * 7 * 86_400_000).toISOString(), stage: stages[Math.min(step, stages.length - 1)]!, amount: 1_000 + (index % 50) * 250 });
    }
  }
  return { people, deals, history };
}

await runCommand('bench:import', async () => {
  const { values } = parseArgs({ options: { deals: { type: 'string' }, history: { type: 'string' }, people: { type: 'string' }, pglite: { type: 'boolean' } } });
  const counts = { deals: Number(values.deals ?? 50_000), history: Number(values.history ?? 200_000), people: Number(values.people ?? 100) };
  const directory = await mkdtemp(path.join(os.tmpdir(), 'cadence-bench-import-'));
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `cadence_bench_import_${Date.now()}`;
  const files = generate(counts);
  await writeFile(path.join(directory, 'User.csv'), salesforceUsers(files.people));
  await writeFile(path.join(directory, 'Opportunity.csv'), salesforceOpportunities(files.deals));
  await writeFile(path.join(directory, 'OpportunityHistory.csv'), salesforceOpportunityHistory(files.history));
  files.deals.length = 0;
  files.history.length = 0;

  let databaseUrl: string | null = null;
  if (!values.pglite) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const database = openDatabase(databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite', dataDir: 'memory://' });
  installDatabase(database);
  try {
    await applyMigrations(database.adapterFactory);
    const prisma = database.prisma;
    await prisma.organization.create({ data: { name: 'Bench', reportingCurrency: 'USD' } });
    for (const [office, timeZone, currency] of [['New York', 'America/New_York', 'USD'], ['London', 'Europe/London', 'GBP'], ['Berlin', 'Europe/Berlin', 'EUR']] as const) {
      await prisma.office.create({ data: { name: office, timeZone, locale: 'en-US', currency } });
    }
    const office = await prisma.office.findFirstOrThrow({ where: { name: 'New York' } });
    const team = await prisma.team.create({ data: { name: 'Board team', officeId: office.id, colour: '#2563eb' } });
    const admin = await prisma.user.create({ data: { name: 'Bench Admin', email: 'admin@bench.example', role: 'ADMIN', startDate: new Date('2024-01-01') } });
    const rep = await prisma.user.create({ data: { name: 'Board Rep', email: 'board@bench.example', role: 'REP', teamId: team.id, startDate: new Date('2024-01-01') } });
    const deal = await prisma.deal.create({ data: { account: 'Moving', title: 'Moving card', amountMinor: 100_00, currency: 'USD', stage: 'TODO', ownerId: rep.id, teamId: team.id } });
    const adminSession = (await loadSessionUser(admin.id))!;
    const repSession = (await loadSessionUser(rep.id))!;

    const baselineRss = process.memoryUsage().rss;
    let peakRss = baselineRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const moves: number[] = [];
    let isImporting = true;
    let version = deal.version;
    const mover = (async () => {
      let stage: 'TODO' | 'IN_PROGRESS' = 'IN_PROGRESS';
      while (isImporting) {
        const started = performance.now();
        const result = await moveDeal({ actor: repSession, dealId: deal.id, input: { version, stage } });
        moves.push(performance.now() - started);
        version = result.deal.version;
        stage = stage === 'TODO' ? 'IN_PROGRESS' : 'TODO';
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    const result = await commitImport({
      actor: adminSession,
      files: {
        people: await fileFromPath(path.join(directory, 'User.csv')),
        deals: await fileFromPath(path.join(directory, 'Opportunity.csv')),
        history: await fileFromPath(path.join(directory, 'OpportunityHistory.csv')),
      },
      input: {},
    });
    const seconds = (performance.now() - started) / 1000;
    isImporting = false;
    await mover;
    clearInterval(sampler);
    const events = await prisma.dealEvent.count({ where: { imported: true } });
    const report = {
      database: databaseUrl ? 'PostgreSQL' : 'PGlite (in memory)',
      size: counts,
      counts: result.run.counts,
      importedEvents: events,
      seconds: Math.round(seconds * 10) / 10,
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      rssBeforeImportMb: Math.round(baselineRss / 1024 / 1024),
      moves: { count: moves.length, p50Ms: Math.round(percentile(moves, 0.5)), p95Ms: Math.round(percentile(moves, 0.95)), maxMs: Math.round(Math.max(...moves)) },
      loadAverage: os.loadavg().map((value) => Math.round(value * 10) / 10),
    };
    console.log(JSON.stringify(report, null, 2));
    const limit = databaseUrl ? 60 : 180;
    console.log(`import ${report.seconds} s (target ≤ ${limit} s), peak RSS ${report.peakRssMb} MB (≤ 512), move p95 ${report.moves.p95Ms} ms (< 100) under load average ${report.loadAverage[0]}`);
  } finally {
    await closeDatabase();
    await rm(directory, { recursive: true, force: true });
    if (databaseUrl) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    }
  }
});
