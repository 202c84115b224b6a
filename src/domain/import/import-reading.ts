import type { ColumnMapping, DealField, HistoryField, PersonField } from './presets';
import { presets, type ImportSource } from './presets';
import { stageKey, type StageMapping } from './stage-mapping';
import type { DateOrder, DecimalSeparator } from './source-values';
import {
  normalizeDeal,
  normalizeHistory,
  normalizePerson,
  type CsvRecord,
  type NormalizedDeal,
  type NormalizedHistory,
  type NormalizedPerson,
  type ReadOptions,
  type RowNote,
  type RowProblem,
} from './normalize-rows';

// Collects an import's rows as they stream in, one record at a time: normalised rows,
// refused rows with their reasons, how ambiguous values were read, the stages and
// owners found. Duplicate ids within a file are refused after the first. People are kept
// here; deals and history rows are handed back for the caller to keep what it needs
// (a big deals file is read again when its deals are written).

export type ImportSettings = {
  source: ImportSource;
  dateOrder: DateOrder;
  decimalSeparator: DecimalSeparator;
  defaultCurrency: string;
  stageMapping: StageMapping;
  columns: { people: ColumnMapping<PersonField>; deals: ColumnMapping<DealField>; history: ColumnMapping<HistoryField> };
};

export type ImportReading = {
  people: NormalizedPerson[];
  problems: RowProblem[];
  /** The first notes on how values were read (capped). */
  notes: RowNote[];
  noteCount: number;
  /** Distinct source stages (blank as "(blank)") and how many rows hold each. */
  stages: Map<string, number>;
  /** Distinct owner references on deals and how many deals each owns. */
  owners: Map<string, number>;
  rows: { people: number; deals: number; history: number };
};

const noteLimit = 200;

export function createImportReading(): ImportReading {
  return { people: [], problems: [], notes: [], noteCount: 0, stages: new Map(), owners: new Map(), rows: { people: 0, deals: 0, history: 0 } };
}

function readOptions(settings: ImportSettings): ReadOptions {
  return { preset: presets[settings.source], dateOrder: settings.dateOrder, decimalSeparator: settings.decimalSeparator, defaultCurrency: settings.defaultCurrency };
}

function record(reading: ImportReading, file: RowProblem['file'], row: number, problems: string[], notes: string[]): void {
  for (const message of problems) reading.problems.push({ file, line: row, message });
  for (const message of notes) {
    reading.noteCount += 1;
    if (reading.notes.length < noteLimit) reading.notes.push({ file, line: row, message });
  }
}

/** Row numbers count the header as row 1, as a spreadsheet shows them. */
export function addPersonRecord(reading: ImportReading, settings: ImportSettings, csvRecord: CsvRecord, seen: Map<string, number>): void {
  reading.rows.people += 1;
  const row = reading.rows.people + 1;
  const result = normalizePerson(csvRecord, row, settings.columns.people, readOptions(settings));
  const problems = [...result.problems];
  if (result.value) {
    const key = result.value.externalId ?? result.value.email;
    const first = seen.get(key);
    if (first !== undefined) problems.push(`The same person as row ${first}.`);
    else seen.set(key, row);
  }
  record(reading, 'people', row, problems, result.notes);
  if (result.value && problems.length === 0) reading.people.push(result.value);
}

/** The deal, when the row is imported (not refused, not a duplicate); null otherwise. */
export function addDealRecord(reading: ImportReading, settings: ImportSettings, csvRecord: CsvRecord, seen: Map<string, number>): NormalizedDeal | null {
  reading.rows.deals += 1;
  const row = reading.rows.deals + 1;
  const stageColumn = settings.columns.deals.stage;
  const ownerColumn = settings.columns.deals.owner;
  const stage = stageKey(stageColumn ? (csvRecord[stageColumn] ?? '') : '');
  reading.stages.set(stage, (reading.stages.get(stage) ?? 0) + 1);
  const owner = ownerColumn ? (csvRecord[ownerColumn] ?? '').trim() : '';
  if (owner) reading.owners.set(owner, (reading.owners.get(owner) ?? 0) + 1);
  const result = normalizeDeal(csvRecord, row, settings.columns.deals, { ...readOptions(settings), stageMapping: settings.stageMapping });
  const problems = [...result.problems];
  if (result.value) {
    const first = seen.get(result.value.externalId);
    if (first !== undefined) problems.push(`Id ${result.value.externalId} is also on row ${first}; only the first is imported.`);
    else seen.set(result.value.externalId, row);
  }
  record(reading, 'deals', row, problems, result.notes);
  return result.value && problems.length === 0 ? result.value : null;
}

/**
 * History rows are not kept here: the caller indexes each one compactly by its deal as it
 * streams past (a history file is often four times the deals file).
 */
export function addHistoryRecord(reading: ImportReading, settings: ImportSettings, csvRecord: CsvRecord, currencyOf: (dealExternalId: string) => string): NormalizedHistory | null {
  reading.rows.history += 1;
  const row = reading.rows.history + 1;
  const result = normalizeHistory(csvRecord, row, settings.columns.history, { ...readOptions(settings), currencyOf });
  record(reading, 'history', row, result.problems, result.notes);
  return result.value;
}
