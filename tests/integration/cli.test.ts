import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { projectRoot } from '@/server/migrations';
import { createEmptyPostgresDatabase } from '../setup/test-database';

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
    let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
    beforeAll(async () => {
      database = await createEmptyPostgresDatabase();
    });
    afterAll(async () => {
      await database?.drop();
    });

    it('applies every migration and creates the tables', async () => {
      const result = await runCli('migrate.ts', { DATABASE_URL: database.url });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Applied \d+ migrations? \(.*_init.*\) to PostgreSQL at /);
      const client = new pg.Client({ connectionString: database.url });
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
