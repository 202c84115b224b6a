import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '@/generated/prisma/client';
import { defaultPgliteSharedBuffersMb, getEnvironment, type TEnvironment } from './env';

// The one module that constructs PrismaClient. The custom server and the Next.js
// bundles both import it, so the live client is kept on globalThis: an embedded PGlite
// data directory must never be opened twice by one process.

export type DatabaseTarget =
  /** `sharedBuffersMb`: the embedded database's buffer cache (32 MB unless given; decision 030). */
  | { kind: 'pglite'; dataDir: string; sharedBuffersMb?: number }
  | { kind: 'postgres'; url: string };

export type Database = {
  target: DatabaseTarget;
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The embedded database's own client (PGlite only), for bulk work that skips Prisma (imports). */
  pglite?: PGlite;
  close: () => Promise<void>;
};

/** `memory://` keeps an embedded database in memory only (tests). */
export function resolveDatabaseTarget(environment: TEnvironment): DatabaseTarget {
  if (environment.DATABASE_URL) return { kind: 'postgres', url: environment.DATABASE_URL };
  return { kind: 'pglite', dataDir: path.resolve(environment.DATA_DIR, 'pglite'), sharedBuffersMb: environment.PGLITE_SHARED_BUFFERS_MB };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `embedded PostgreSQL (PGlite) at ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

export function openDatabase(target: DatabaseTarget): Database {
  if (target.kind === 'pglite') {
    if (!target.dataDir.startsWith('memory://')) mkdirSync(target.dataDir, { recursive: true });
    // PGlite's PostgreSQL would keep 128 MB of buffers, all of it resident in this process
    // from the start; reads past a smaller cache come from the operating system's file cache.
    const sharedBuffers = ['-c', `shared_buffers=${target.sharedBuffersMb ?? defaultPgliteSharedBuffersMb}MB`];
    const client = new PGlite(target.dataDir, { startParams: [...PGlite.defaultStartParams, ...sharedBuffers] });
    const adapterFactory = new PrismaPGlite(client);
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return {
      target,
      prisma,
      adapterFactory,
      pglite: client,
      close: async () => {
        await prisma.$disconnect();
        if (!client.closed) await client.close();
      },
    };
  }
  // Sessions run in UTC: @prisma/adapter-pg mis-reads timestamptz in any other zone.
  const adapterFactory = new PrismaPg({
    connectionString: target.url,
    options: '-c TimeZone=UTC',
    connectionTimeoutMillis: 5_000,
    max: 10,
  });
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return { target, prisma, adapterFactory, close: () => prisma.$disconnect() };
}

type DatabaseGlobal = typeof globalThis & { __cadenceDatabase?: Database };

/** The process-wide database, opened on first use from the validated environment. */
export function getDatabase(): Database {
  const holder = globalThis as DatabaseGlobal;
  holder.__cadenceDatabase ??= openDatabase(resolveDatabaseTarget(getEnvironment()));
  return holder.__cadenceDatabase;
}

/** Installs a database as the process-wide one (server boot and tests). */
export function installDatabase(database: Database): void {
  (globalThis as DatabaseGlobal).__cadenceDatabase = database;
}

export async function closeDatabase(): Promise<void> {
  const holder = globalThis as DatabaseGlobal;
  const database = holder.__cadenceDatabase;
  holder.__cadenceDatabase = undefined;
  await database?.close();
}

/**
 * The process-wide Prisma client. It is resolved lazily so that importing this module
 * (for example while `next build` collects routes) never opens a database.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDatabase().prisma;
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
