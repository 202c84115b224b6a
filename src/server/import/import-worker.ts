import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { closeDatabase, installDatabase, openDatabase, type DatabaseTarget } from '@/server/db';
import { AppError } from '@/server/errors';
import { subscribeToServerEvents, type ServerEventName } from '@/server/events';
import { executeImportJob, type ImportJob } from './import-job';
import type { SerializedError, WorkerMessage } from './import-worker-messages';

// The worker thread one import job runs in (see run-import-job.ts): it opens its own
// connections to the same PostgreSQL database, runs the job, forwards what the use cases
// announce, posts the result or the error, and ends.

const { target, job } = workerData as { target: DatabaseTarget; job: ImportJob };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

/** Plain fields of an error and its causes, so the other thread can tell an outage (503). */
function plainFields(error: unknown, depth = 0): Record<string, unknown> {
  if (typeof error !== 'object' || error === null || depth > 4) return {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === 'cause' || key === 'meta' || key === 'driverAdapterError') fields[key] = { message: (value as Error | undefined)?.message, ...plainFields(value, depth + 1) };
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return fields;
}

function serialize(error: unknown): SerializedError {
  if (error instanceof AppError) return { kind: 'app', code: error.code, message: error.message, details: error.details };
  if (error instanceof z.ZodError) return { kind: 'zod', issues: JSON.parse(JSON.stringify(error.issues)) as unknown[] };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'error', message, fields: { ...plainFields(error), cause: error instanceof Error && error.cause ? { message: (error.cause as Error).message, ...plainFields(error.cause) } : undefined } };
}

const forwarded: ServerEventName[] = ['dealChanged', 'dealsChangedInBulk', 'wallsInvalidated'];
subscribeToServerEvents(Object.fromEntries(forwarded.map((name) => [name, (payload: unknown) => post({ kind: 'announce', name, payload })])));

installDatabase(openDatabase(target));
try {
  post({ kind: 'result', result: await executeImportJob(job, (runId) => post({ kind: 'run-started', runId })) });
} catch (error) {
  post({ kind: 'error', error: serialize(error) });
} finally {
  await closeDatabase();
}
