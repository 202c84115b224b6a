import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { openDatabase, installDatabase, closeDatabase } from '@/server/db';
import { loadSessionUser } from '@/server/auth/session-user';
import { planImport } from '@/server/import/plan-import';
import { commitImport } from '@/server/use-cases/commit-import';
import { fileFromPath } from '@/server/import/read-csv-stream';
const mb = (n: number) => Math.round(n / 1048576);
const show = (label: string) => { (globalThis as any).gc?.(); const m = process.memoryUsage(); console.log(label, 'rss', mb(m.rss), 'heap', mb(m.heapUsed), 'ext', mb(m.external), 'ab', mb(m.arrayBuffers)); };
const name = `probe_${Date.now()}`;
const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' }); await admin.connect(); await admin.query(`CREATE DATABASE "${name}"`); await admin.end();
const url = `postgresql://postgres@127.0.0.1:5432/${name}`;
execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], { env: { ...process.env, DATABASE_URL: url } });
const db = openDatabase({ kind: 'postgres', url }); installDatabase(db);
const prisma = db.prisma;
await prisma.organization.create({ data: { name: 'P', reportingCurrency: 'USD' } });
for (const [o, z, c] of [['New York', 'America/New_York', 'USD'], ['London', 'Europe/London', 'GBP'], ['Berlin', 'Europe/Berlin', 'EUR']] as const) await prisma.office.create({ data: { name: o, timeZone: z, locale: 'en-US', currency: c } });
const a = await prisma.user.create({ data: { name: 'A', email: 'a@x.example', role: 'ADMIN', startDate: new Date('2024-01-01') } });
const actor = (await loadSessionUser(a.id))!;
show('start');
let peak = 0; let at: any = null; const t = setInterval(() => { const m = process.memoryUsage(); if (m.rss > peak) { peak = m.rss; at = { heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), ab: mb(m.arrayBuffers) }; } }, 20);
const dir = process.env.DIR ?? '/tmp/bench-files';
const files = { people: await fileFromPath(path.join(dir, 'User.csv')), deals: await fileFromPath(path.join(dir, 'Opportunity.csv')), history: await fileFromPath(path.join(dir, 'OpportunityHistory.csv')) };
if (process.env.PLAN) { const plan = await planImport({ files }, new Date()); show('planned'); console.log(plan.work.newDeals.length); }
else { const started = Date.now(); const r = await commitImport({ actor, files, input: {} }); show('committed'); console.log((Date.now() - started) / 1000, 's', JSON.stringify(r.run.counts.deals)); }
clearInterval(t); console.log('peak', mb(peak), JSON.stringify(at));
await closeDatabase();
const c2 = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' }); await c2.connect(); await c2.query(`DROP DATABASE "${name}" WITH (FORCE)`); await c2.end();
