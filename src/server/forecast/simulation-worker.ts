import { parentPort } from 'node:worker_threads';
import { ForecastError } from '@/domain/forecast/forecast-error';
import { computeJob, type ForecastJob } from './compute-forecast';

// The worker thread that runs forecasts and backtests, so the request thread (board
// moves, walls) keeps answering while a simulation computes.

parentPort?.on('message', (message: { id: number; job: ForecastJob }) => {
  try {
    parentPort?.postMessage({ id: message.id, result: computeJob(message.job) });
  } catch (error) {
    const code = error instanceof ForecastError ? error.code : 'INTERNAL';
    parentPort?.postMessage({ id: message.id, error: { code, message: error instanceof Error ? error.message : String(error) } });
  }
});
