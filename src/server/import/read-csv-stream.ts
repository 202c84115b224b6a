import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import { csvOptions, detectDelimiter, detectEncoding } from '@/domain/import/csv-text';
import type { CsvRecord } from '@/domain/import/normalize-rows';

// Streams a CSV file's records: the first chunk decides the encoding (UTF-8 or
// Windows-1252) and the delimiter, then iconv-lite decodes and csv-parse parses chunk by
// chunk, so a 50 MB export is never held whole in memory.

/** A file to import: its name (for reports) and a way to read its bytes, as often as needed. */
export type ImportFile = { name: string; size: number; open: () => AsyncIterable<Uint8Array> };

export async function fileFromPath(path: string): Promise<ImportFile> {
  const info = await stat(path);
  return { name: path.split(/[\\/]/).pop() ?? path, size: info.size, open: () => createReadStream(path, { highWaterMark: 256 * 1024 }) };
}

export function fileFromBytes(name: string, bytes: Uint8Array): ImportFile {
  return { name, size: bytes.byteLength, open: () => Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]) };
}

const sampleBytes = 64 * 1024;

async function* withSample(file: ImportFile): AsyncGenerator<{ sample: Buffer; rest: AsyncIterator<Uint8Array>; isWhole: boolean }> {
  const iterator = file.open()[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let isDone = false;
  while (length < sampleBytes) {
    const next = await iterator.next();
    if (next.done) {
      isDone = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  yield { sample: Buffer.concat(chunks), rest: iterator, isWhole: isDone };
}

export type CsvStream = { headers: string[]; records: AsyncIterable<CsvRecord> };

/** Reads a file's header line and then streams its records. */
export async function openCsv(file: ImportFile): Promise<CsvStream> {
  const { value } = await withSample(file).next();
  const { sample, rest, isWhole } = value!;
  const encoding = detectEncoding(sample, isWhole);
  const delimiter = detectDelimiter(iconv.decode(sample.subarray(0, 16 * 1024), encoding));
  const bytes = Readable.from((async function* () {
    yield sample;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield Buffer.from(next.value);
  })());
  let headers: string[] = [];
  let resolveHeaders: (headers: string[]) => void = () => {};
  const headersRead = new Promise<string[]>((resolve) => (resolveHeaders = resolve));
  const parser = parse({
    ...csvOptions(delimiter),
    columns: (header: string[]) => {
      headers = header.map((name) => name.replace(/^\uFEFF/, '').trim());
      resolveHeaders(headers);
      return headers;
    },
  });
  const records = bytes.pipe(iconv.decodeStream(encoding)).pipe(parser);
  // An empty file has no header line: the parser ends without calling `columns`.
  records.once('end', () => resolveHeaders(headers));
  records.once('error', () => resolveHeaders(headers));
  records.pause();
  const iterator = records[Symbol.asyncIterator]() as AsyncIterator<CsvRecord>;
  const first = await iterator.next().catch((error: unknown) => ({ error }));
  await headersRead;
  return {
    headers,
    records: (async function* () {
      if ('error' in first) throw first.error;
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    })(),
  };
}
