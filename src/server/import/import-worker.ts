import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { AppError } from '@/server/errors';
import { toImportFiles } from './import-job';
import { openSqlPool } from './import-sql';
import { runImportPass } from './import-pass';
import type { SerializedError, StarterMessage, WorkerInput, WorkerMessage } from './import-worker-messages';

// The worker thread an import's heavy pass runs in (see run-import-job.ts): it reads the
// files, plans, and writes the new deals through a small `pg` pool of its own, without a
// Prisma client (which would cost this thread about 190 MB). The run, its people and the
// versioned updates are written by the thread that started it, which it asks and waits
// for; it forwards each chunk's changes for the boards, posts the result, and ends.

const { url, files, job } = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

/** Plain fields of an error and its causes, so the other thread can tell an outage (503). */
function plainFields(error: unknown, depth = 0): Record<string, unknown> {
  if (typeof error !== 'object' || error === null || depth > 4) return {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === 'cause') fields[key] = { message: (value as Error | undefined)?.message, ...plainFields(value, depth + 1) };
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return fields;
}

function serialize(error: unknown): SerializedError {
  if (error instanceof AppError) return { kind: 'app', code: error.code, message: error.message, details: error.details };
  if (error instanceof z.ZodError) return { kind: 'zod', issues: JSON.parse(JSON.stringify(error.issues)) as unknown[] };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'error', message, fields: plainFields(error) };
}

const sql = openSqlPool(url);
try {
  const result = await runImportPass(sql, await toImportFiles(files), { ...job, now: new Date(job.now) }, {
    writeRun: (record) =>
      new Promise<void>((resolve) => {
        parentPort!.once('message', (message: StarterMessage) => {
          if (message.kind === 'run-written') resolve();
        });
        post({ kind: 'write-run', record });
      }),
    announce: (changes) => post({ kind: 'announce', changes }),
  });
  post({ kind: 'result', result });
} catch (error) {
  post({ kind: 'error', error: serialize(error) });
} finally {
  await sql.close();
}
