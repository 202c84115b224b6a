import path from 'node:path';
import { projectRoot } from '@/server/migrations';

// The import worker's entry file, for the processes that are not bundled by Next.js (the
// custom server's start-up, the tests, the benchmark) to hand to the bundled route
// handlers through CADENCE_IMPORT_WORKER_PATH. Never import this from a route or use case.
export const importWorkerPath = path.join(projectRoot, 'src', 'server', 'import', 'import-worker.mjs');
