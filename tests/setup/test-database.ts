import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/generated/prisma/client';
import { closeDatabase, openDatabase, installDatabase, type Database } from '@/server/db';
import {
  createCopyDatabaseName,
  createDatabase,
  databaseUrl,
  dropDatabase,
  quoteIdentifier,
} from './postgres-server';
import './provided-context';

// Isolated databases for integration tests. CADENCE_TEST_DB (set per vitest project)
// picks the kind: `pglite` (embedded, in memory) or `postgres` (the server named by
// TEST_POSTGRES_URL). Every database handed out here belongs to one caller alone.

export type TestDatabaseKind = 'pglite' | 'postgres';

export function resolveTestDatabaseKind(): TestDatabaseKind {
  const kind = process.env.CADENCE_TEST_DB;
  if (kind === 'pglite' || kind === 'postgres') return kind;
  throw new Error(
    `CADENCE_TEST_DB must be "pglite" or "postgres" (got ${JSON.stringify(kind)}); ` +
      'run integration tests through a vitest project, e.g. npx vitest run --project integration-pglite',
  );
}

let pgliteSnapshot: Promise<Blob> | undefined;

/** Wraps a PGlite client the way openDatabase in db.ts does for a data directory. */
function wrapPGlite(client: PGlite): Database {
  const adapterFactory = new PrismaPGlite(client);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    target: { kind: 'pglite', dataDir: 'memory://' },
    prisma,
    adapterFactory,
    pglite: client,
    close: async () => {
      await prisma.$disconnect();
      if (!client.closed) await client.close();
    },
  };
}

async function openMigratedPGlite(): Promise<Database> {
  // Read once per test file, however many databases the file opens.
  pgliteSnapshot ??= readFile(inject('pgliteSnapshotPath')).then((bytes) => new Blob([new Uint8Array(bytes)]));
  const client = new PGlite({ loadDataDir: await pgliteSnapshot });
  await client.waitReady;
  return wrapPGlite(client);
}

/** Opens a PostgreSQL database that is dropped again when it is closed. */
async function openPostgresDatabase(template?: string): Promise<Database> {
  const adminUrl = inject('postgresAdminUrl');
  const name = createCopyDatabaseName(inject('postgresTemplateDatabase'));
  await createDatabase(adminUrl, name, template);
  const database = openDatabase({ kind: 'postgres', url: databaseUrl(adminUrl, name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** An isolated database with every migration applied and no rows. */
export async function openTestDatabase(): Promise<Database> {
  if (resolveTestDatabaseKind() === 'pglite') return openMigratedPGlite();
  return openPostgresDatabase(inject('postgresTemplateDatabase'));
}

/** An isolated database with nothing in it at all, not even the migrations. */
export async function openUnmigratedTestDatabase(): Promise<Database> {
  if (resolveTestDatabaseKind() === 'pglite') return openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  return openPostgresDatabase();
}

/**
 * An empty PostgreSQL database for tests that connect by URL (the command-line tools).
 * It is dropped by `drop`, or at the latest when the test run ends.
 */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('postgresAdminUrl');
  const name = createCopyDatabaseName(inject('postgresTemplateDatabase'));
  await createDatabase(adminUrl, name);
  return { url: databaseUrl(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}

/**
 * For one test file: opens a migrated test database before its tests, installs it as
 * the process-wide database (so code importing `prisma` from '@/server/db' uses it) and
 * closes it after them. Returns a function that gives the open database.
 */
export function useTestDatabase(): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
    installDatabase(database);
  });
  afterAll(async () => {
    database = undefined;
    await closeDatabase();
  });
  return () => {
    if (!database) throw new Error('The test database is open only while the tests of this file run');
    return database;
  };
}

/** Empties every table except _prisma_migrations and restarts their sequences. */
export async function resetDatabase(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const names = tables.map((table) => quoteIdentifier(table.tablename)).join(', ');
  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${names} RESTART IDENTITY CASCADE`);
}
