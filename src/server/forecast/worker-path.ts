import path from 'node:path';
import { projectRoot } from '@/server/migrations';

// The forecast worker's entry file, for the processes that are not bundled by Next.js
// (the custom server's start-up and the tests) to hand to the bundled route handlers
// through CADENCE_FORECAST_WORKER_PATH. Never import this from a route or use case.
export const forecastWorkerPath = path.join(projectRoot, 'src', 'server', 'forecast', 'simulation-worker.mjs');
