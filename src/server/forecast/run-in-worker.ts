import { Worker } from 'node:worker_threads';
import { ForecastError, type ForecastErrorCode } from '@/domain/forecast/forecast-error';
import type { ForecastJob, ForecastJobResult } from './compute-forecast';

// One long-lived worker thread per process runs the simulations, one job at a time in
// the order asked. If it dies, pending jobs fail and the next job starts a fresh one.

type Pending = { resolve: (result: ForecastJobResult) => void; reject: (error: Error) => void };
type WorkerState = { worker: Worker; pending: Map<number, Pending> };
type WorkerGlobal = typeof globalThis & { __cadenceForecastWorker?: WorkerState; __cadenceForecastJobId?: number };

/**
 * Where the worker's entry file is. The custom server (src/cli/start.ts) and the tests set
 * CADENCE_FORECAST_WORKER_PATH: the route handlers are bundled by Next.js, which would
 * otherwise follow a literal path into the worker and try to bundle tsx itself.
 */
function workerPath(): string {
  const file = process.env.CADENCE_FORECAST_WORKER_PATH;
  if (!file) throw new Error('CADENCE_FORECAST_WORKER_PATH is not set: start the app with npm start or npm run dev.');
  return file;
}

function startWorker(holder: WorkerGlobal): WorkerState {
  const worker = new Worker(workerPath());
  worker.unref();
  const state: WorkerState = { worker, pending: new Map() };
  worker.on('message', (message: { id: number; result?: ForecastJobResult; error?: { code: string; message: string } }) => {
    const pending = state.pending.get(message.id);
    if (!pending) return;
    state.pending.delete(message.id);
    if (state.pending.size === 0) worker.unref();
    if (message.error) {
      const isKnown = message.error.code === 'INVALID_INPUT' || message.error.code === 'MISSING_EXCHANGE_RATE';
      pending.reject(isKnown ? new ForecastError(message.error.code as ForecastErrorCode, message.error.message) : new Error(message.error.message));
    } else pending.resolve(message.result as ForecastJobResult);
  });
  const fail = (error: Error) => {
    for (const pending of state.pending.values()) pending.reject(error);
    state.pending.clear();
    if (holder.__cadenceForecastWorker === state) holder.__cadenceForecastWorker = undefined;
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The forecast worker stopped (exit code ${code}).`)));
  return state;
}

export function runInWorker(job: ForecastJob): Promise<ForecastJobResult> {
  const holder = globalThis as WorkerGlobal;
  holder.__cadenceForecastWorker ??= startWorker(holder);
  const state = holder.__cadenceForecastWorker;
  const id = (holder.__cadenceForecastJobId = (holder.__cadenceForecastJobId ?? 0) + 1);
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    state.worker.ref();
    state.worker.postMessage({ id, job });
  });
}

export async function stopForecastWorker(): Promise<void> {
  const holder = globalThis as WorkerGlobal;
  const state = holder.__cadenceForecastWorker;
  holder.__cadenceForecastWorker = undefined;
  if (state) await state.worker.terminate();
}
