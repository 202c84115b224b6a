import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@/server/migrations';

// The import worker's entry file, for the processes that are not bundled by Next.js (the
// custom server's start-up, the tests, the benchmark) to hand to the bundled route
// handlers through CADENCE_IMPORT_WORKER_PATH. Never import this from a route or use case.

/** The TypeScript worker, loaded through tsx in the thread (development, tests). */
export const importWorkerPath = path.join(projectRoot, 'src', 'server', 'import', 'import-worker.mjs');

/** The worker bundled into one plain file by `npm run build` (bundle-import-worker.ts). */
export const bundledImportWorkerPath = path.join(projectRoot, '.next', 'cadence-import-worker.mjs');

/**
 * The entry a production server starts its import workers from: the bundled file, which
 * costs the thread about 70 MB less than compiling the TypeScript through tsx there
 * (docs/benchmarks.md), or the TypeScript worker when there is no build to take it from.
 */
export function productionImportWorkerPath(): string {
  return existsSync(bundledImportWorkerPath) ? bundledImportWorkerPath : importWorkerPath;
}
