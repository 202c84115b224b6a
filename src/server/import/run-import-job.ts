import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { getDatabase } from '@/server/db';
import { AppError, type ErrorCode } from '@/server/errors';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { commitImport, passInThisThread, type ImportPassRunner } from '@/server/use-cases/commit-import';
import { previewImport } from '@/server/use-cases/preview-import';
import { undoImport } from '@/server/use-cases/undo-import';
import { toImportFiles, type ImportFileSources, type ImportJob, type ImportJobResult } from './import-job';
import type { SerializedError, StarterMessage, WorkerInput, WorkerMessage } from './import-worker-messages';

// Runs an import job for the API. On PostgreSQL the heavy pass (reading, planning, the
// bulk writes; import-pass.ts) runs in a worker thread of its own that writes through a
// small `pg` pool, so parsing a 50 MB export never holds up a board move and no second
// Prisma client is started; the run, its people, the versioned updates and any undo are
// written here, and the worker's chunk announcements are replayed here, where the sockets
// live. The embedded PGlite database lives in this thread and cannot be opened from
// another one, so there the pass runs here, yielding between chunks.

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
  // Database errors keep their codes, so an outage is still answered 503.
  return Object.assign(new Error(serialized.message), serialized.fields);
}

/** The worker's old-generation heap limit. */
const workerHeapMb = 192;

/** The pass in a worker thread, over PostgreSQL at `url`. */
function passInWorker(url: string, files: ImportFileSources): ImportPassRunner {
  return (job, hooks) => {
    const transfer = Object.values(files).flatMap((file) => (file && 'bytes' in file ? [file.bytes.buffer as ArrayBuffer] : []));
    const workerData: WorkerInput = { url, files, job: { ...job, now: job.now.toISOString() } };
    // The heap is capped, so the worker collects garbage as it goes rather than growing
    // towards the machine's limit (docs/benchmarks.md).
    const worker = new Worker(workerPath(), { workerData, transferList: transfer, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: 16 } });
    return new Promise((resolve, reject) => {
      let isSettled = false;
      const settle = (action: () => void) => {
        if (isSettled) return;
        isSettled = true;
        action();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'write-run') {
          hooks.writeRun(message.record).then(
            () => worker.postMessage({ kind: 'run-written' } satisfies StarterMessage),
            (error: unknown) => {
              settle(() => reject(error));
              void worker.terminate();
            },
          );
        } else if (message.kind === 'announce') hooks.announce(message.changes);
        else if (message.kind === 'result') settle(() => resolve(message.result));
        else settle(() => reject(rebuildError(message.error)));
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) => settle(() => reject(new Error(`The import worker stopped (exit code ${code}).`))));
    });
  };
}

export async function runImportJob<Job extends ImportJob>(job: Job): Promise<ImportJobResult<Job>> {
  // Refused callers are answered here, without starting a thread (the use case checks again).
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(job.actor), 'imports'));
  if (job.kind === 'undo') return (await undoImport({ actor: job.actor, importRunId: job.importRunId })) as ImportJobResult<Job>;
  const { target } = getDatabase();
  const pass = target.kind === 'postgres' ? passInWorker(target.url, job.files) : passInThisThread(await toImportFiles(job.files));
  if (job.kind === 'preview') return (await previewImport({ actor: job.actor, pass, input: job.input })) as ImportJobResult<Job>;
  return (await commitImport({ actor: job.actor, pass, input: job.input, now: job.now ? new Date(job.now) : undefined })) as ImportJobResult<Job>;
}
