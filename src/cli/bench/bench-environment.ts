import { openDatabase, installDatabase, closeDatabase, type Database } from '@/server/db';
import { applyMigrations } from '@/server/migrations';
import { seedDemoData } from '@/server/demo-seed';
import { createApiToken } from '@/server/use-cases/create-api-token';
import { createWallToken } from '@/server/use-cases/create-wall-token';
import { loadSessionUser } from '@/server/auth/session-user';
import { createThrowawayDatabase, startApp, stopApp, waitForHealth, type App } from './app-process';

// A throwaway PostgreSQL database with the demo organisation and the real app serving
// it, for benchmarks. Everything is removed again by `stop`.

export type BenchEnvironment = {
  database: Database;
  databaseUrl: string;
  baseUrl: string;
  /** API tokens of the demo's admin, lead and rep, and a company wall's TV token. */
  tokens: Record<'admin' | 'lead' | 'rep' | 'wall', string>;
  stop: () => Promise<void>;
};

export async function startBenchEnvironment(options: { port: number; log: (line: string) => void }): Promise<BenchEnvironment> {
  const created = await createThrowawayDatabase('cadence_bench');
  const database = openDatabase({ kind: 'postgres', url: created.url });
  installDatabase(database);
  let app: App | undefined;
  const stop = async () => {
    if (app) await stopApp(app);
    await closeDatabase();
    await created.drop();
  };
  try {
    options.log(`database ${created.name}: migrating and seeding the demo organisation`);
    await applyMigrations(database.adapterFactory);
    await seedDemoData(database.prisma);
    const actorFor = async (email: string) => {
      const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      return (await loadSessionUser(user.id))!;
    };
    const tokenFor = async (email: string) => (await createApiToken({ actor: await actorFor(email), input: { name: 'benchmark' } })).token;
    const tokens = {
      admin: await tokenFor('admin@cadence.demo'),
      lead: await tokenFor('lead@cadence.demo'),
      rep: await tokenFor('rep@cadence.demo'),
      wall: (await createWallToken({ actor: await actorFor('admin@cadence.demo'), input: { name: 'Benchmark', scope: 'COMPANY' } })).token,
    };
    options.log('starting the built app (it builds first if the sources changed)');
    app = startApp({ databaseUrl: created.url, port: options.port });
    await waitForHealth(app, 5);
    return { database, databaseUrl: created.url, baseUrl: app.url, tokens, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
