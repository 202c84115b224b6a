import { AppError } from '@/server/errors';
import type { ImportFileSources } from './import-job';

// The upload the import API takes: multipart/form-data with up to three files (people,
// deals, history) and an `options` field holding the JSON options. Larger files than
// the cap go through `npm run import`, which streams from disk.

export const maximumUploadBytes = 60 * 1024 * 1024;

export async function readImportForm(request: Request): Promise<{ files: ImportFileSources; options: unknown }> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) throw new AppError('BAD_REQUEST', 'Send the files as multipart/form-data (fields people, deals, history and options).');
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > maximumUploadBytes) throw new AppError('BAD_REQUEST', `The upload is larger than ${maximumUploadBytes / 1024 / 1024} MB: use npm run import for files this size.`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError('BAD_REQUEST', 'The upload is not valid multipart/form-data.');
  }
  const files: ImportFileSources = {};
  for (const kind of ['people', 'deals', 'history'] as const) {
    const value = form.get(kind);
    if (value === null || value === '') continue;
    if (typeof value === 'string') throw new AppError('BAD_REQUEST', `${kind} must be a file.`);
    if (value.size === 0) throw new AppError('BAD_REQUEST', `The ${kind} file is empty.`);
    files[kind] = { name: value.name || `${kind}.csv`, bytes: new Uint8Array(await value.arrayBuffer()) };
  }
  const optionsText = form.get('options');
  let options: unknown = {};
  if (typeof optionsText === 'string' && optionsText.trim() !== '') {
    try {
      options = JSON.parse(optionsText) as unknown;
    } catch {
      throw new AppError('BAD_REQUEST', 'options is not valid JSON.');
    }
  }
  return { files, options };
}
