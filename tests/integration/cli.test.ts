import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { projectRoot } from '@/server/migrations';
import { createEmptyPostgresDatabase } from '../setup/test-database';
import { migrateInChildProcess } from '@/cli/migrate-in-child-process';

// Runs the real command-line tools in child processes, the way `npm run db:migrate`
// does. They touch real databases, so they run in the PostgreSQL project only (the
// embedded case uses a temporary DATA_DIR and needs no server).

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

type CommandResult = { exitCode: number; stdout: string; stderr: string };

/** Runs a script under src/cli with only the given environment (plus NODE_ENV, PATH and HOME). */
function runCli(script: string, environment: Record<string, string>, argumentsGiven: string[] = []) {
  return new Promise<CommandResult>((resolve, reject) => {
    execFile(
      process.execPath,
      [tsxCli, path.join('src', 'cli', script), ...argumentsGiven],
      {
        cwd: projectRoot,
        timeout: 90_000,
        env: {
          NODE_ENV: 'test',
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? os.tmpdir(),
          ...environment,
        },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Exit status 1 and exactly one line on stderr, with no stack trace. */
function expectOneLineFailure(result: CommandResult): string {
  expect(result.exitCode, result.stderr).toBe(1);
  const lines = linesOf(result.stderr);
  expect(lines, result.stderr).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return lines[0] ?? '';
}


/** An empty PostgreSQL database for the describe it is called in, dropped after it. */
function useEmptyPostgresDatabase() {
  let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> | undefined;
  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => database!;
}

describe('db:migrate', () => {
  it('names DATABASE_URL when it is not a PostgreSQL URL', async () => {
    const line = expectOneLineFailure(await runCli('migrate.ts', { DATABASE_URL: 'mysql://x' }));
    expect(line).toMatch(/^db:migrate: .*DATABASE_URL/);
  });

  it('says it cannot reach a PostgreSQL server that does not answer', async () => {
    const result = await runCli('migrate.ts', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nothing' });
    expect(expectOneLineFailure(result)).toBe(
      'db:migrate: cannot reach PostgreSQL at 127.0.0.1:1/nothing (connect ECONNREFUSED)',
    );
  });

  it('names PORT when it is not a number', async () => {
    const line = expectOneLineFailure(await runCli('migrate.ts', { PORT: 'abc' }));
    expect(line).toMatch(/^db:migrate: .*PORT/);
  });

  describe('on an empty PostgreSQL database', () => {
    const database = useEmptyPostgresDatabase();

    it('applies every migration and creates the tables', async () => {
      const result = await runCli('migrate.ts', { DATABASE_URL: database().url });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Applied \d+ migrations? \(.*_init.*\) to PostgreSQL at /);
      const client = new pg.Client({ connectionString: database().url });
      await client.connect();
      try {
        const tables = await client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        );
        expect(tables.rows.map((row) => row.table_name)).toEqual(
          expect.arrayContaining(['_prisma_migrations', 'Organization', 'Deal', 'DealEvent', 'ApiToken']),
        );
      } finally {
        await client.end();
      }
    });
  });

  describe('npm start on PostgreSQL, which migrates in a child process', () => {
    const database = useEmptyPostgresDatabase();
    const environment = (databaseUrl: string) => ({ NODE_ENV: 'test' as const, PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), DATABASE_URL: databaseUrl });

    it('applies every migration there and comes back', async () => {
      await migrateInChildProcess(environment(database().url));
      const client = new pg.Client({ connectionString: database().url });
      await client.connect();
      try {
        const applied = await client.query<{ count: string }>('SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL');
        expect(Number(applied.rows[0]!.count)).toBeGreaterThan(0);
      } finally {
        await client.end();
      }
      // A second time, nothing is left to apply.
      await migrateInChildProcess(environment(database().url));
    }, 120_000);

    it('fails when the child cannot apply them', async () => {
      await expect(migrateInChildProcess(environment('postgresql://postgres@127.0.0.1:1/nothing'))).rejects.toThrow(/migrations were not applied .*status 1/);
    }, 60_000);
  });

  describe('on the embedded database', () => {
    let dataDirectory: string;
    beforeAll(async () => {
      dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'cadence-cli-'));
    });
    afterAll(async () => {
      await rm(dataDirectory, { recursive: true, force: true });
    });

    it('applies the init migration once, then reports the database up to date', async () => {
      const first = await runCli('migrate.ts', { DATA_DIR: dataDirectory });
      expect(first.exitCode, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^Applied \d+ migrations? \(.*_init.*\) to embedded PostgreSQL \(PGlite\) at /);
      expect(first.stdout).toContain(dataDirectory);

      const second = await runCli('migrate.ts', { DATA_DIR: dataDirectory });
      expect(second.exitCode, second.stderr).toBe(0);
      expect(second.stdout.trim()).toBe(
        `Database is up to date (embedded PostgreSQL (PGlite) at ${path.join(dataDirectory, 'pglite')})`,
      );
    }, 120_000);
  });
});

describe('db:migration:new', () => {
  it('refuses a name that is not lowercase letters, digits and underscores', async () => {
    const line = expectOneLineFailure(await runCli('migration-new.ts', {}, ['Add-Deal-Source']));
    expect(line).toMatch(/^db:migration:new: invalid migration name: /);
  });

  it('asks for a name when none is given', async () => {
    const line = expectOneLineFailure(await runCli('migration-new.ts', {}));
    expect(line).toMatch(/^db:migration:new: give exactly one migration name/);
  });
});

describe('forecast and forecast:backtest', () => {
  // The demo's history ends today, so the dates are taken relative to now.
  const monthsAgo = (count: number) => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count, 1)).toISOString().slice(0, 7);
  };
  let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
    const seeded = await runCli('seed.ts', { DATABASE_URL: database.url });
    expect(seeded.exitCode, seeded.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('prints the forecast as JSON: every scope and month, quantiles in order, the same for the same seed', async () => {
    const argumentsGiven = ['--as-of', `${monthsAgo(2)}-15`, '--months', '3', '--runs', '500', '--json'];
    const [first, second] = await Promise.all([runCli('forecast.ts', { DATABASE_URL: database.url }, argumentsGiven), runCli('forecast.ts', { DATABASE_URL: database.url }, argumentsGiven)]);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const forecast = JSON.parse(first.stdout) as { scopes: Array<{ scope: string; months: Array<{ month: string; p10: number; p50: number; p90: number; mean: number }> }> };
    expect(forecast.scopes[0]?.scope).toBe('company');
    expect(forecast.scopes.some((scope) => scope.scope.startsWith('office:'))).toBe(true);
    expect(forecast.scopes.some((scope) => scope.scope.startsWith('rep:'))).toBe(true);
    for (const scope of forecast.scopes) {
      expect(scope.months.map((month) => month.month)).toEqual([monthsAgo(2), monthsAgo(1), monthsAgo(0)]);
      for (const month of scope.months) expect(month.p10 <= month.p50 && month.p50 <= month.p90).toBe(true);
    }
  }, 120_000);

  it('prints the backtest in the documented shape', async () => {
    const result = await runCli('forecast-backtest.ts', { DATABASE_URL: database.url }, ['--from', monthsAgo(4), '--to', monthsAgo(3), '--runs', '100', '--json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const backtest = JSON.parse(result.stdout) as { summary: Array<{ scope: string; horizon: number; simulation: { mape: number } }>; origins: Array<{ asOf: string; predictions: Array<Record<string, unknown>> }> };
    expect(backtest.origins.map((origin) => origin.asOf)).toEqual([`${monthsAgo(4)}-01`, `${monthsAgo(3)}-01`]);
    const prediction = backtest.origins[0]!.predictions.find((item) => item.scope === 'company' && item.horizon === 1)!;
    expect(Object.keys(prediction).sort()).toEqual(['actual', 'horizon', 'mean', 'month', 'p10', 'p50', 'p90', 'scope']);
    expect(prediction.month).toBe(monthsAgo(4));
    expect(backtest.summary.some((row) => row.scope === 'company' && row.horizon === 1)).toBe(true);
  }, 120_000);

  it('refuses bad options in one line', async () => {
    expect(expectOneLineFailure(await runCli('forecast.ts', { DATABASE_URL: database.url }, ['--months', '0']))).toMatch(/^forecast: --months must be a whole number from 1 to 12/);
    expect(expectOneLineFailure(await runCli('forecast.ts', { DATABASE_URL: database.url }, ['--as-of', '2026-02-30']))).toMatch(/^forecast: --as-of must be a date as YYYY-MM-DD/);
    expect(expectOneLineFailure(await runCli('forecast-backtest.ts', { DATABASE_URL: database.url }, ['--from', '2026-07', '--to', '2026-06', '--json']))).toMatch(/^forecast:backtest: --from must not be after --to/);
  }, 120_000);
});
