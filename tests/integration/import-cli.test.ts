import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { projectRoot } from '@/server/migrations';
import { createEmptyPostgresDatabase } from '../setup/test-database';
import { salesforceOpportunities, salesforceUsers, type SampleDeal, type SamplePerson } from '@/domain/import/sample-files';

// `npm run import` in a child process against a real PostgreSQL database (PostgreSQL
// project only, like the other command-line tests).

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

function runImport(environment: Record<string, string>, argumentsGiven: string[]) {
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve, reject) => {
    execFile(process.execPath, [tsxCli, path.join('src', 'cli', 'import.ts'), ...argumentsGiven], {
      cwd: projectRoot,
      timeout: 120_000,
      env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...environment },
    }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

const ada: SamplePerson = { id: '005000000000AdA', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', team: 'Enterprise', office: 'New York', startDate: '2024-02-01', isActive: true };
const deals: SampleDeal[] = [
  { id: '006000000000001', title: 'Rollout', account: 'Acme', stage: 'Closed Won', amount: 12_000, currency: 'USD', closeDate: '2026-10-01', createdAt: '2026-08-03T14:00:00.000Z', outcome: 'WON', owner: ada },
  { id: '006000000000002', title: 'Pilot', account: 'Globex', stage: 'Discovery', amount: 1_500, currency: 'USD', closeDate: '2026-12-15', createdAt: '2026-09-01T09:30:00.000Z', outcome: null, owner: ada },
];

describe('npm run import', () => {
  let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  let directory: string;
  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
    directory = await mkdtemp(path.join(os.tmpdir(), 'cadence-import-'));
    await writeFile(path.join(directory, 'User.csv'), salesforceUsers([ada]));
    await writeFile(path.join(directory, 'Opportunity.csv'), salesforceOpportunities(deals));
  });
  afterAll(async () => {
    await database?.drop();
    await rm(directory, { recursive: true, force: true });
  });

  it('explains bad arguments and a database with no admin in one line', async () => {
    const bad = await runImport({ DATABASE_URL: database.url }, ['--preset', 'zoho', '--deals', 'x.csv']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr.trim()).toBe('import: --preset must be one of salesforce, hubspot, pipedrive, cadence (got "zoho")');
    const empty = await runImport({ DATABASE_URL: database.url, DATA_DIR: directory }, ['--deals', path.join(directory, 'Opportunity.csv')]);
    expect(empty.exitCode).toBe(1);
    expect(empty.stderr.trim()).toMatch(/^import: PostgreSQL at .* has no active admin: set the organisation up first$/);
  }, 120_000);

  it('imports, prints the counts and the error report, maps a stage from the command line, and is idempotent', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "Organization" ("id", "name", "reportingCurrency") VALUES ('org', 'Acme', 'USD')`);
      await client.query(`INSERT INTO "Office" ("id", "name", "timeZone", "locale", "currency", "updatedAt") VALUES ('ny', 'New York', 'America/New_York', 'en-US', 'USD', now())`);
      await client.query(`INSERT INTO "User" ("id", "name", "email", "role", "startDate", "updatedAt") VALUES ('admin', 'Ada Admin', 'admin@example.com', 'ADMIN', '2024-01-01', now())`);
    } finally {
      await client.end();
    }
    const paths = ['--preset', 'salesforce', '--people', path.join(directory, 'User.csv'), '--deals', path.join(directory, 'Opportunity.csv')];
    const first = await runImport({ DATABASE_URL: database.url, DATA_DIR: directory }, paths);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toContain('people: 1 to create, 0 to update, 0 unchanged, 0 refused');
    expect(first.stdout).toContain('deals: 1 to create, 0 to update, 0 unchanged, 1 refused');
    const reportPath = /1 row problems: (.*)$/m.exec(first.stdout)?.[1];
    expect(await readFile(reportPath!, 'utf8')).toContain('deals,3,"Stage ""Discovery"" is not mapped to a column."');

    const second = await runImport({ DATABASE_URL: database.url, DATA_DIR: directory }, [...paths, '--stage', 'Discovery=todo']);
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.stdout).toContain('deals: 1 to create, 0 to update, 1 unchanged, 0 refused');

    const third = await runImport({ DATABASE_URL: database.url, DATA_DIR: directory }, [...paths, '--dry-run']);
    expect(third.stdout).toMatch(/^Dry run of salesforce files/);
    expect(third.stdout).toContain('deals: 0 to create, 0 to update, 2 unchanged, 0 refused');
  }, 180_000);

  it('exits 1 when nothing could be imported', async () => {
    const onlyBad = path.join(directory, 'Bad.csv');
    await writeFile(onlyBad, 'Id,Name,StageName,OwnerId\n3.1E+14,X,Prospecting,nobody\n');
    const result = await runImport({ DATABASE_URL: database.url, DATA_DIR: directory }, ['--preset', 'salesforce', '--deals', onlyBad]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toBe('import: nothing could be imported');
  }, 60_000);
});
