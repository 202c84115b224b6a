// What the import worker thread posts to the thread that started it.

export type SerializedError =
  | { kind: 'app'; code: string; message: string; details?: unknown }
  | { kind: 'zod'; issues: unknown[] }
  | { kind: 'error'; message: string; fields: Record<string, unknown> };

export type WorkerMessage =
  | { kind: 'announce'; name: string; payload: unknown }
  | { kind: 'run-started'; runId: string }
  | { kind: 'result'; result: unknown }
  | { kind: 'error'; error: SerializedError };
