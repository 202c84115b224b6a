import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { getDatabase } from '@/server/db';
import { AppError, type ErrorCode } from '@/server/errors';
import { announce, type ServerEventName, type ServerEvents } from '@/server/events';
import { refreshWallFigures } from '@/server/admin/refresh-walls';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { executeImportJob, type ImportJob, type ImportJobResult } from './import-job';
import type { SerializedError, WorkerMessage } from './import-worker-messages';

// Runs an import job off the request thread: on PostgreSQL in a worker thread of its own
// (which opens its own connections), so parsing and planning a 50 MB export never holds
// up a board move; the worker's announcements (boards, walls) are replayed here, where
// the sockets live. The embedded PGlite database lives in this thread and cannot be
// opened from another one, so there the job runs here, yielding between chunks.

/**
 * Where the worker's entry file is. The custom server (src/cli/start.ts) and the tests set
 * CADENCE_IMPORT_WORKER_PATH: the route handlers are bundled by Next.js, which would
 * otherwise follow a literal path into the worker.
 */
function workerPath(): string {
  const file = process.env.CADENCE_IMPORT_WORKER_PATH;
  if (!file) throw new Error('CADENCE_IMPORT_WORKER_PATH is not set: start the app with npm start or npm run dev.');
  return file;
}

function rebuildError(serialized: SerializedError): Error {
  if (serialized.kind === 'app') return new AppError(serialized.code as ErrorCode, serialized.message, serialized.details);
  if (serialized.kind === 'zod') return new z.ZodError(serialized.issues as z.core.$ZodIssue[]);
  // Database errors keep their codes and causes, so an outage is still answered 503.
  return Object.assign(new Error(serialized.message), serialized.fields);
}

/** The worker's old-generation heap limit. */
const workerHeapMb = 384;

export async function runImportJob<Job extends ImportJob>(job: Job): Promise<ImportJobResult<Job>> {
  // Refused callers are answered here, without starting a thread (the use case checks again).
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(job.actor), 'imports'));
  const { target } = getDatabase();
  if (target.kind !== 'postgres') return (await executeImportJob(job)) as ImportJobResult<Job>;
  const transfer = job.kind === 'undo' ? [] : Object.values(job.files).flatMap((file) => (file && 'bytes' in file ? [file.bytes.buffer as ArrayBuffer] : []));
  // The heap is capped, so the worker collects garbage as it goes rather than growing
  // towards the machine's limit; an import needs about 2 KB per deal and half that per
  // history row (docs/benchmarks.md).
  const worker = new Worker(workerPath(), { workerData: { target, job }, transferList: transfer, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: 32 } });
  let startedRunId: string | null = null;
  let isWorkerLost = false;
  const result = new Promise<ImportJobResult<Job>>((resolve, reject) => {
    let isSettled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'run-started') {
        startedRunId = message.runId;
        return;
      }
      if (message.kind === 'announce') {
        if (message.name === 'wallsInvalidated') refreshWallFigures();
        else announce(message.name as ServerEventName, message.payload as ServerEvents[ServerEventName]);
        return;
      }
      isSettled = true;
      if (message.kind === 'result') resolve(message.result as ImportJobResult<Job>);
      else reject(rebuildError(message.error));
    });
    worker.on('error', (error) => {
      if (!isSettled) {
        isWorkerLost = true;
        reject(error);
      }
      isSettled = true;
    });
    worker.on('exit', (code) => {
      if (!isSettled) {
        isWorkerLost = true;
        reject(new Error(`The import worker stopped (exit code ${code}).`));
      }
      isSettled = true;
    });
  });
  try {
    return await result;
  } catch (error) {
    // A worker that died part way (out of memory, killed) could not undo what it wrote: undo it from here.
    if (isWorkerLost && startedRunId !== null && job.kind === 'commit') await runImportJob({ kind: 'undo', actor: job.actor, importRunId: startedRunId! }).catch(() => undefined);
    throw error;
  }
}
