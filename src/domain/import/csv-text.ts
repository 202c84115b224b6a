import iconv from 'iconv-lite';
import { parse, type Options } from 'csv-parse/sync';

// How a CSV file's bytes become records: UTF-8 (with or without a BOM), else
// Windows-1252 (what Excel on Windows saves); the delimiter is whichever of , ; or tab
// the header line holds most of outside quotes. Parsing is csv-parse's, never a split.

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * UTF-8 when the bytes start with its BOM or decode as valid UTF-8, else Windows-1252.
 * `isWhole` is false for the first chunk of a stream, which may end mid-character.
 */
export function detectEncoding(sample: Uint8Array, isWhole = true): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  // A sample cut mid-character must not count against UTF-8: drop a trailing partial sequence.
  let end = sample.length;
  for (let back = 1; !isWhole && back <= 3 && end - back >= 0; back += 1) {
    const byte = sample[end - back]!;
    if ((byte & 0xc0) === 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < needed) end -= back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export function decodeBytes(bytes: Uint8Array): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), detectEncoding(bytes));
  return text.replace(/^\uFEFF/, '');
}

export type Delimiter = ',' | ';' | '\t';

/** The delimiter the first line uses most, outside quoted text. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let isQuoted = false;
  for (const character of text.replace(/^\uFEFF/, '')) {
    if (character === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (character === '\n' || character === '\r')) break;
    else if (!isQuoted && character in counts) counts[character as Delimiter] += 1;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

/** The csv-parse options every reader of an import file uses. */
export function csvOptions(delimiter: Delimiter): Options {
  return {
    delimiter,
    bom: true,
    columns: (header: string[]) => header.map((name) => name.replace(/^\uFEFF/, '').trim()),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
  };
}

export type ParsedCsv = { headers: string[]; records: Record<string, string>[] };

/** Parses a whole CSV text (small files: previews, tests, pasted text). */
export function parseCsvText(text: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  let headers: string[] = [];
  const records = parse(text, {
    ...csvOptions(delimiter),
    columns: (header: string[]) => (headers = header.map((name) => name.replace(/^\uFEFF/, '').trim())),
  }) as unknown as Record<string, string>[];
  return { headers, records };
}

/** Parses CSV text into rows of cells with no header handling (pasted grids, holiday lists). */
export function parseCsvRows(text: string, delimiter: Delimiter = detectDelimiter(text)): string[][] {
  return parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}
