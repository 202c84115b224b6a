import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three projects: `unit` (tests beside their source), and the same integration tests
// run once against embedded PGlite and once against a real PostgreSQL server.

const sourceDirectory = fileURLToPath(new URL('./src', import.meta.url));
const integrationTests = ['tests/integration/**/*.test.ts'];
// Route handlers start the forecast worker from this file (npm start sets the same variable).
const forecastWorkerPath = fileURLToPath(new URL('./src/server/forecast/simulation-worker.mjs', import.meta.url));
// …and imports on PostgreSQL run in a worker thread started from this one.
const importWorkerPath = fileURLToPath(new URL('./src/server/import/import-worker.mjs', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^@\//, replacement: `${sourceDirectory}/` }],
  },
  test: {
    environment: 'node',
    setupFiles: ['./tests/setup/fail-on-console-error.ts'],
    // Two workers suit a two-core machine; PGlite and the schema engine are CPU-bound.
    maxWorkers: 2,
    testTimeout: 30_000,
    // Starting the WebAssembly schema engine takes 5 to 15 seconds on a slow machine.
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          testTimeout: 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-pglite',
          include: integrationTests,
          // The command-line tests start their own processes on both kinds of database
          // (embedded by DATA_DIR, PostgreSQL by URL), so they run once, in the other project;
          // the API contract test and the authorization matrix depend on no SQL dialect detail
          // and run there once too.
          // The large seed, the two-instance, the webhook crash and race tests need a PostgreSQL server (and Redis).
          exclude: [
            'tests/integration/cli.test.ts',
            'tests/integration/import-cli.test.ts',
            'tests/integration/api-contract-*.test.ts',
            'tests/integration/security-authorization-matrix.test.ts',
            'tests/integration/large-seed.test.ts',
            'tests/integration/two-instances.test.ts',
            // An import runs in a worker thread only on PostgreSQL.
            'tests/integration/import-worker.test.ts',
            'tests/integration/webhook-crash.test.ts',
            // Two workers racing need connections of their own.
            'tests/integration/webhook-race.test.ts',
          ],
          env: { CADENCE_TEST_DB: 'pglite', CADENCE_FORECAST_WORKER_PATH: forecastWorkerPath, CADENCE_IMPORT_WORKER_PATH: importWorkerPath },
          globalSetup: ['./tests/setup/global-setup-pglite.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-postgres',
          include: integrationTests,
          env: { CADENCE_TEST_DB: 'postgres', CADENCE_FORECAST_WORKER_PATH: forecastWorkerPath, CADENCE_IMPORT_WORKER_PATH: importWorkerPath },
          globalSetup: ['./tests/setup/global-setup-postgres.ts'],
        },
      },
    ],
  },
});
