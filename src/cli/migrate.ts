// npm run db:migrate — applies every pending migration in prisma/migrations to the
// database the environment names: PostgreSQL when DATABASE_URL is set, otherwise the
// embedded PGlite database under DATA_DIR.
import pg from 'pg';
import { parseEnvironment } from '@/server/env';
import { describeTarget, openDatabase, resolveDatabaseTarget, type DatabaseTarget } from '@/server/db';
import { applyMigrations } from '@/server/migrations';
import { describeDatabaseError } from '@/server/describe-database-error';
import { runCommand } from './run-command';

/**
 * Connects once and runs `SELECT 1`, so that an unreachable server is reported in a
 * few seconds and in plain words, before the schema engine starts. node-postgres is
 * used directly because its errors still carry the system call and code
 * (`connect ECONNREFUSED`), which Prisma's errors no longer do.
 */
async function checkReachable(target: Extract<DatabaseTarget, { kind: 'postgres' }>): Promise<void> {
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
  // A late socket error must not crash the process; the awaited calls report it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(describeDatabaseError(error, describeTarget(target)));
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describeApplied(names: string[], target: DatabaseTarget): string {
  if (names.length === 0) return `Database is up to date (${describeTarget(target)})`;
  const noun = names.length === 1 ? 'migration' : 'migrations';
  return `Applied ${names.length} ${noun} (${names.join(', ')}) to ${describeTarget(target)}`;
}

await runCommand('db:migrate', async () => {
  const target = resolveDatabaseTarget(parseEnvironment(process.env));
  if (target.kind === 'postgres') await checkReachable(target);
  const database = openDatabase(target);
  try {
    const applied = await applyMigrations(database.adapterFactory);
    console.log(describeApplied(applied, target));
  } finally {
    await database.close();
  }
});
