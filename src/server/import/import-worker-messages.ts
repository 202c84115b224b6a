import type { TDealChange } from '@/schemas/deal';
import type { ImportPassJob, ImportPassResult, RunRecord } from './import-pass';
import type { ImportFileSources } from './import-job';

// What the import worker thread and the thread that started it say to each other.

export type WorkerInput = { url: string; files: ImportFileSources; job: Omit<ImportPassJob, 'now'> & { now: string } };

export type SerializedError =
  | { kind: 'app'; code: string; message: string; details?: unknown }
  | { kind: 'zod'; issues: unknown[] }
  | { kind: 'error'; message: string; fields: Record<string, unknown> };

/** Worker → starter. `write-run` waits for a `run-written` answer before any deal is written. */
export type WorkerMessage =
  | { kind: 'write-run'; record: RunRecord }
  | { kind: 'announce'; changes: TDealChange[] }
  | { kind: 'result'; result: ImportPassResult }
  | { kind: 'error'; error: SerializedError };

/** Starter → worker. */
export type StarterMessage = { kind: 'run-written' };
