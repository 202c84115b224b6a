import { parseEnvironment } from '@/server/env';
import { describeTarget, openDatabase, resolveDatabaseTarget, installDatabase, closeDatabase } from '@/server/db';
import { applyMigrations, projectRoot } from '@/server/migrations';
import { ensureAuthSecret } from '@/server/auth/ensure-auth-secret';
import { buildApplication, isBuildCurrent } from '@/server/build-stamp';
import { describeDatabaseError } from '@/server/describe-database-error';
import { seedDemoIfEmpty } from '@/server/demo-seed';
import { limitHeapGrowth } from '@/server/heap-growth';
import { limitStackTraceSourceMaps } from '@/server/stack-trace-source-maps';
import { runCommand } from './run-command';
import { migrateInChildProcess } from './migrate-in-child-process';
import { forecastWorkerPath } from '@/server/forecast/worker-path';
import { importWorkerPath, productionImportWorkerPath } from '@/server/import/worker-path';

// `npm start` (production) and `npm run dev` (development, with --dev): validate the
// environment, reach the database, migrate it, seed the demo on a new embedded
// database, build when the sources changed, then serve Next.js and socket.io.

const isDevelopment = process.argv.includes('--dev');

await runCommand('start', async () => {
  Object.assign(process.env, { NODE_ENV: isDevelopment ? 'development' : 'production', NEXT_TELEMETRY_DISABLED: '1' });
  const environment = parseEnvironment(process.env);
  process.env.NEXTAUTH_SECRET = ensureAuthSecret({
    configured: environment.NEXTAUTH_SECRET,
    dataDirectory: environment.DATA_DIR,
  });
  process.env.NEXTAUTH_URL ??= `http://localhost:${environment.PORT}`;
  // The revenue forecast's worker thread (src/server/forecast/run-in-worker.ts) starts from this file.
  process.env.CADENCE_FORECAST_WORKER_PATH ??= forecastWorkerPath;

  const target = resolveDatabaseTarget(environment);
  limitHeapGrowth();
  const database = openDatabase(target);
  installDatabase(database);
  try {
    await database.prisma.$queryRaw`SELECT 1`;
  } catch (error) {
    await closeDatabase();
    throw new Error(describeDatabaseError(error, describeTarget(database.target)));
  }
  if (database.target.kind === 'postgres') {
    // Apart, so that the schema engine's WebAssembly does not stay in the server (decision 023's amendment).
    await migrateInChildProcess();
  } else {
    const applied = await applyMigrations(database.adapterFactory);
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s) to ${describeTarget(database.target)}`
        : `Database is up to date: ${describeTarget(database.target)}`,
    );
  }
  if (database.target.kind === 'pglite' && (await seedDemoIfEmpty(database.prisma))) {
    console.log('Seeded the demo organisation (first run). Sign in as rep@cadence.demo / cadence-demo.');
  }

  if (!isDevelopment && !isBuildCurrent(projectRoot)) {
    console.log('Building the app (first start, or the sources changed since the last build)…');
    await buildApplication(projectRoot);
  }
  // Imports on PostgreSQL run in a worker thread (src/server/import/run-import-job.ts) started
  // from this file: in production the one the build bundled, in development the TypeScript.
  process.env.CADENCE_IMPORT_WORKER_PATH ??= isDevelopment ? importWorkerPath : productionImportWorkerPath();

  // Before Next.js loads: in production Node keeps no source map of each module it loads
  // (tsx turned them on for the whole process; decision 023's amendment).
  limitStackTraceSourceMaps(isDevelopment);
  // Next.js and React choose their build by NODE_ENV when first loaded, so they are
  // imported only now.
  const { startServer } = await import('@/main');
  const server = await startServer({
    projectRoot,
    port: environment.PORT,
    host: environment.HOST,
    isDevelopment,
    redisUrl: environment.REDIS_URL,
    instanceId: environment.INSTANCE_ID,
    trustProxy: environment.TRUST_PROXY,
  });
  console.log(`Cadence is running at ${server.url} (${isDevelopment ? 'development' : 'production'})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    await server.close().catch(() => undefined);
    await closeDatabase().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
});
