import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describeDatabaseError } from '@/server/describe-database-error';

// Administration of the PostgreSQL server the integration tests use: creating and
// dropping the databases each run and each test file work in.

export const defaultAdminUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The server to test against: TEST_POSTGRES_URL, or a local PostgreSQL. */
export function resolveAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL || defaultAdminUrl;
}

const runDatabasePrefix = 'cadence_test_';

/** `cadence_test_<timestamp>_<random>`: unique per run, and easy to spot if left behind. */
export function createRunDatabaseName(now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${runDatabasePrefix}${stamp}_${randomBytes(3).toString('hex')}`;
}

/** When the run that created a database began, read back from its name. */
function readRunStart(databaseName: string): Date | undefined {
  const match = /^cadence_test_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_/.exec(databaseName);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
}

/**
 * Drops the databases of runs that began more than `hours` ago and no longer have a
 * connection open: runs killed before their teardown. Runs in progress (of this
 * checkout or another one using the same server) are younger and are left alone.
 */
export async function dropAbandonedRunDatabases(adminUrl: string, hours = 12, now = new Date()): Promise<string[]> {
  return withAdminClient(adminUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database d
       WHERE starts_with(datname, $1)
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
      [runDatabasePrefix],
    );
    const cutoff = now.getTime() - hours * 3_600_000;
    const abandoned = result.rows
      .map((row) => row.datname)
      .filter((name) => (readRunStart(name)?.getTime() ?? Number.POSITIVE_INFINITY) < cutoff);
    for (const name of abandoned) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    }
    return abandoned;
  });
}

/** A name for a copy of the run's base database; it starts with the base name. */
export function createCopyDatabaseName(baseName: string): string {
  return `${baseName}_${randomBytes(4).toString('hex')}`;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The admin URL pointed at another database of the same server. */
export function databaseUrl(adminUrl: string, databaseName: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

function describeServer(adminUrl: string): string {
  const url = new URL(adminUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

/** Runs `work` on a short-lived connection to the admin database. */
export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new Error(
      `The PostgreSQL integration tests need a PostgreSQL server where they may create databases, and ` +
        `${describeDatabaseError(error, describeServer(adminUrl))}. Start PostgreSQL on 127.0.0.1:5432 ` +
        `(user postgres, trust authentication) or set TEST_POSTGRES_URL to a postgresql:// URL of such a server.`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const templateClause = template ? ` TEMPLATE ${quoteIdentifier(template)}` : '';
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}${templateClause}`));
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  );
}

/** Drops every database whose name starts with `prefix`; returns their names. */
export async function dropDatabasesStartingWith(adminUrl: string, prefix: string): Promise<string[]> {
  return withAdminClient(adminUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY length(datname) DESC',
      [prefix],
    );
    for (const { datname } of result.rows) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`);
    }
    return result.rows.map((row) => row.datname);
  });
}

/**
 * Stops new connections to a database and ends the open ones, so that it can serve as
 * the template of `CREATE DATABASE … TEMPLATE`, which refuses a template in use.
 */
export async function closeDatabaseToConnections(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`ALTER DATABASE ${quoteIdentifier(name)} WITH ALLOW_CONNECTIONS false`);
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
  });
}
