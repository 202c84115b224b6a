import type { SessionUser } from '@/server/auth/session-user';
import type { FileKind } from '@/domain/import/presets';
import type { TImportPreview, TImportResult, TImportRun } from '@/schemas/import';
import { fileFromBytes, fileFromPath, type ImportFile } from './read-csv-stream';

// The import work the API hands off: a preview, a commit or an undo, described with
// plain data only (files as bytes or paths), so its files can be posted to a worker thread.

export type ImportFileSource = { name: string; bytes: Uint8Array } | { name: string; path: string };
export type ImportFileSources = Partial<Record<FileKind, ImportFileSource>>;

export type ImportJob =
  | { kind: 'preview'; actor: SessionUser; files: ImportFileSources; input: unknown }
  | { kind: 'commit'; actor: SessionUser; files: ImportFileSources; input: unknown; now?: string }
  | { kind: 'undo'; actor: SessionUser; importRunId: string };

export type ImportJobResult<Job extends ImportJob> = Job extends { kind: 'preview' } ? TImportPreview : Job extends { kind: 'commit' } ? TImportResult : TImportRun;

export async function toImportFiles(sources: ImportFileSources): Promise<Partial<Record<FileKind, ImportFile>>> {
  const files: Partial<Record<FileKind, ImportFile>> = {};
  for (const [kind, source] of Object.entries(sources) as [FileKind, ImportFileSource][]) {
    files[kind] = 'bytes' in source ? fileFromBytes(source.name, source.bytes) : { ...(await fileFromPath(source.path)), name: source.name };
  }
  return files;
}
