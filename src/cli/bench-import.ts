// npm run bench:import [-- --deals 50000 --history 200000 --people 100 --pglite --tsx-worker] — imports
// Salesforce-shaped files of that size into a fresh database (PostgreSQL by default, at
// BENCH_POSTGRES_URL or the local server; embedded PGlite with --pglite) the way the app
// does (runImportJob: a worker thread on PostgreSQL, started from the bundled file a production
// build uses; --tsx-worker: from the TypeScript through tsx), while a rep moves a card every
// 50 ms through the same use case the board calls. The files are written and the
// database migrated by child processes, so this process holds what the app's would.
// Reports the import's wall time, the process's peak RSS, the moves' p50/p95 during the
// import against a floor of the same moves measured just before it (each timed from when it
// was due, so a busy event loop counts), the event loop's delay, and the load average.
// Targets (issue #13): PostgreSQL ≤ 60 s, PGlite ≤ 180 s, RSS ≤ 512 MB, move p95 < 100 ms.
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDatabase, installDatabase, closeDatabase } from '@/server/db';
import { applyMigrations } from '@/server/migrations';
import { loadSessionUser } from '@/server/auth/session-user';
import { runImportJob } from '@/server/import/run-import-job';
import { importWorkerPath } from '@/server/import/worker-path';
import { bundleImportWorker } from '@/server/import/bundle-import-worker';
import { projectRoot } from '@/server/migrations';
import { moveDeal } from '@/server/use-cases/move-deal';
import { salesforceOpportunities, salesforceOpportunityHistory, salesforceUsers, type SampleDeal, type SampleHistory, type SamplePerson } from '@/domain/import/sample-files';
import { describeSamples, round } from './bench/statistics';
import { limitHeapGrowth } from '@/server/heap-growth';
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

const run = promisify(execFile);

/** Writes the three export files (in a child process: the generated rows never enter the measured one). */
async function writeFiles(directory: string, counts: { people: number; deals: number; history: number }) {
  const files = generate(counts);
  await writeFile(path.join(directory, 'User.csv'), salesforceUsers(files.people));
  await writeFile(path.join(directory, 'Opportunity.csv'), salesforceOpportunities(files.deals));
  await writeFile(path.join(directory, 'OpportunityHistory.csv'), salesforceOpportunityHistory(files.history));
}

const cliArguments = parseArgs({ options: { deals: { type: 'string' }, history: { type: 'string' }, people: { type: 'string' }, pglite: { type: 'boolean' }, 'pglite-memory': { type: 'boolean' }, 'tsx-worker': { type: 'boolean' }, 'write-files': { type: 'string' } } }).values;
const counts = { deals: Number(cliArguments.deals ?? 50_000), history: Number(cliArguments.history ?? 200_000), people: Number(cliArguments.people ?? 100) };

if (cliArguments['write-files']) {
  await writeFiles(cliArguments['write-files'], counts);
} else {
  await runCommand('bench:import', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'cadence-bench-import-'));
    const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
    const name = `cadence_bench_import_${Date.now()}`;
    const tsx = ['--import', 'tsx'];
    await run(process.execPath, [...tsx, path.join(projectRoot, 'src/cli/bench-import.ts'), '--write-files', directory, '--deals', String(counts.deals), '--history', String(counts.history), '--people', String(counts.people)], { cwd: projectRoot });

    let databaseUrl: string | null = null;
    if (!cliArguments.pglite && !cliArguments['pglite-memory']) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`CREATE DATABASE "${name}"`);
      await client.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      await run(process.execPath, [...tsx, path.join(projectRoot, 'src/cli/migrate.ts')], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl } });
    }
    // The worker as `npm run build` bundles it for production (bundle-import-worker.ts),
    // written inside the project so its packages resolve; --tsx-worker starts the TypeScript
    // worker through tsx instead, as development and the tests do.
    if (cliArguments['tsx-worker']) process.env.CADENCE_IMPORT_WORKER_PATH ??= importWorkerPath;
    else {
      const bundled = path.join(projectRoot, 'node_modules', '.cache', 'cadence-bench', 'import-worker.mjs');
      await bundleImportWorker(projectRoot, bundled);
      process.env.CADENCE_IMPORT_WORKER_PATH ??= bundled;
    }
    // The embedded database in a data directory on disk, as the app keeps it (DATA_DIR/pglite),
    // made and migrated by a child process, so this process opens an existing database as an
    // app restarting does; --pglite-memory keeps it in this process's memory instead (as the
    // tests do), made and migrated here.
    const pgliteDir = cliArguments['pglite-memory'] ? 'memory://' : path.join(directory, 'pglite');
    if (cliArguments.pglite && !cliArguments['pglite-memory']) {
      await run(process.execPath, [...tsx, path.join(projectRoot, 'src/cli/migrate.ts')], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: '', DATA_DIR: directory } });
    }
    const target = databaseUrl ? { kind: 'postgres' as const, url: databaseUrl } : { kind: 'pglite' as const, dataDir: pgliteDir };
    // As `npm start` does (decisions 030 and 023); BENCH_HEAP_DEFAULT=1 keeps V8's own heap growth, to compare.
    if (!process.env.BENCH_HEAP_DEFAULT) limitHeapGrowth();
    const database = openDatabase(target);
    installDatabase(database);
    try {
      // An embedded database in memory lives in this process only: it is made and migrated here (initdb's and the schema engine's memory then count).
      if (pgliteDir === 'memory://') await applyMigrations(database.adapterFactory);
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

      let version = deal.version;
      let stage: 'TODO' | 'IN_PROGRESS' = 'IN_PROGRESS';
      // A move is timed from when it was due (50 ms after the last one ended), so the time
      // it waited for a busy event loop to start counts, as it would for a request.
      const moveOnce = async (due: number) => {
        const result = await moveDeal({ actor: repSession, dealId: deal.id, input: { version, stage } });
        version = result.deal.version;
        stage = stage === 'TODO' ? 'IN_PROGRESS' : 'TODO';
        return performance.now() - due;
      };
      const nextMove = async () => {
        const due = performance.now() + 50;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return moveOnce(due);
      };
      // The floor: the same moves, on the same machine, just before the import.
      const floor: number[] = [];
      for (let index = 0; index < 40; index += 1) floor.push(await nextMove());
      const loadBefore = os.loadavg();

      // What the process holds (this thread's V8 heap, buffers outside it, the embedded database's
      // WebAssembly memory), before the import and at its peak RSS.
      const wasmBytes = () => (database.pglite?.Module as { HEAPU8?: Uint8Array } | undefined)?.HEAPU8?.byteLength ?? 0;
      const describeMemory = () => {
        const usage = process.memoryUsage();
        const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
        return { rssMb: mb(usage.rss), heapTotalMb: mb(usage.heapTotal), heapUsedMb: mb(usage.heapUsed), externalMb: mb(usage.external), pgliteWasmMb: mb(wasmBytes()) };
      };
      const memoryBefore = describeMemory();
      const baselineRss = process.memoryUsage().rss;
      let peakRss = baselineRss;
      let memoryAtPeak = memoryBefore;
      const sampler = setInterval(() => {
        const rss = process.memoryUsage().rss;
        if (rss > peakRss) {
          peakRss = rss;
          memoryAtPeak = describeMemory();
        }
      }, 50);
      const moves: number[] = [];
      let isImporting = true;
      const mover = (async () => {
        while (isImporting) moves.push(await nextMove());
      })();
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const file = (fileName: string) => ({ name: fileName, path: path.join(directory, fileName) });
      const result = await runImportJob({
        kind: 'commit',
        actor: adminSession,
        files: { people: file('User.csv'), deals: file('Opportunity.csv'), history: file('OpportunityHistory.csv') },
        input: {},
      });
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      isImporting = false;
      loopDelay.disable();
      await mover;
      clearInterval(sampler);
      const events = await prisma.dealEvent.count({ where: { imported: true } });
      const during = describeSamples(moves);
      const before = describeSamples(floor);
      const report = {
        database: databaseUrl ? 'PostgreSQL (import in a worker thread)' : `PGlite (${pgliteDir === 'memory://' ? 'in memory' : 'data directory on disk'}, import in this thread)`,
        size: counts,
        counts: result.run.counts,
        importedEvents: events,
        seconds: round(seconds),
        // This process's CPU (every thread: the worker and the board moves), not PostgreSQL's.
        nodeCpuSeconds: round((cpu.user + cpu.system) / 1e6),
        peakRssMb: Math.round(peakRss / 1024 / 1024),
        rssBeforeImportMb: Math.round(baselineRss / 1024 / 1024),
        memoryBeforeImport: memoryBefore,
        memoryAtPeak,
        movesDuringImport: { count: during.count, p50Ms: round(during.median), p95Ms: round(during.p95), maxMs: round(during.max) },
        movesBeforeImport: { count: before.count, p50Ms: round(before.median), p95Ms: round(before.p95), maxMs: round(before.max) },
        // How long this thread's event loop was held up during the import (a request's wait to start).
        eventLoopDelayDuringImport: { p50Ms: round(loopDelay.percentile(50) / 1e6), p99Ms: round(loopDelay.percentile(99) / 1e6), maxMs: round(loopDelay.max / 1e6) },
        loadAverageBefore: loadBefore.map((value) => round(value)),
        loadAverageAfter: os.loadavg().map((value) => round(value)),
      };
      console.log(JSON.stringify(report, null, 2));
      const limit = databaseUrl ? 60 : 180;
      console.log(
        `import ${report.seconds} s (target ≤ ${limit} s; Node CPU ${report.nodeCpuSeconds} s), peak RSS ${report.peakRssMb} MB (≤ 512), move p95 ${report.movesDuringImport.p95Ms} ms during (< 100; floor ${report.movesBeforeImport.p95Ms} ms; event loop delay p99 ${report.eventLoopDelayDuringImport.p99Ms} ms, max ${report.eventLoopDelayDuringImport.maxMs} ms) under load average ${report.loadAverageBefore[0]}–${report.loadAverageAfter[0]}`,
      );
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
}
