import type { TDealOutcome, TDealStage } from '@/schemas/deal';
import type { ColumnMapping, DealField, HistoryField, PersonField, Preset } from './presets';
import { unescapeFormula } from './export-rows';
import { readOutcome, stageKey, type StageMapping } from './stage-mapping';
import {
  readAmount,
  readBoolean,
  readCurrency,
  readDate,
  readExternalId,
  type DateOrder,
  type DecimalSeparator,
  type ReadResult,
  type SourceDate,
} from './source-values';

// One CSV record (header → cell) → one normalised person, deal or history row, or the
// problems that refuse it. Notes say how an ambiguous value was read; the preview shows
// them. Nothing here knows about the database: owners stay references (an id, an email
// or a name) until the server resolves them.

export type RowProblem = { line: number; file: 'people' | 'deals' | 'history'; message: string };
export type RowNote = { line: number; file: 'people' | 'deals' | 'history'; message: string };
export type CsvRecord = Record<string, string | undefined>;

export type ReadOptions = {
  preset: Preset;
  dateOrder: DateOrder;
  decimalSeparator: DecimalSeparator;
  /** Currency assumed when the file has none (the organisation's reporting currency). */
  defaultCurrency: string;
};

export type NormalizedPerson = {
  line: number;
  externalId: string | null;
  name: string;
  email: string;
  isActive: boolean;
  /** YYYY-MM-DD, or null when the file has none. */
  startDate: string | null;
  team: string | null;
  office: string | null;
};

export type NormalizedDeal = {
  line: number;
  externalId: string;
  title: string;
  account: string;
  sourceStage: string;
  /** Null when the stage is not mapped yet (the row is refused until it is). */
  stage: TDealStage | null;
  outcome: TDealOutcome | null;
  amountMinor: number;
  /** Null when the file gives none: the owner's office currency is used. */
  currency: string | null;
  closeDate: SourceDate | null;
  createdDate: SourceDate | null;
  wonTime: SourceDate | null;
  lostTime: SourceDate | null;
  expectedCloseDate: string | null;
  ownerRef: string;
  notes: string;
};

export type NormalizedHistory = {
  line: number;
  dealExternalId: string;
  occurredAt: SourceDate;
  sourceStage: string;
  amountMinor: number | null;
  outcome: TDealOutcome | null;
};

export type RowResult<T> = { value: T | null; problems: string[]; notes: string[] };

const maximumTextLength = 500;

function cell<Field extends string>(record: CsvRecord, mapping: ColumnMapping<Field>, field: Field): string {
  const column = mapping[field];
  if (!column) return '';
  // Cells Cadence (or any careful exporter) escaped against formulas read back as written.
  return unescapeFormula((record[column] ?? '').trim());
}

function collect<T>(result: ReadResult<T>, problems: string[], notes: string[], label: string): T | undefined {
  if (!result.ok) {
    problems.push(`${label}: ${result.message}`);
    return undefined;
  }
  if (result.note) notes.push(`${label}: ${result.note}`);
  return result.value;
}

function optionalDate(text: string, label: string, options: ReadOptions, problems: string[], notes: string[]): SourceDate | null {
  if (text === '') return null;
  return collect(readDate(text, options.dateOrder), problems, notes, label) ?? null;
}

function limit(text: string, label: string, problems: string[]): string {
  if (text.length > maximumTextLength) problems.push(`${label} is longer than ${maximumTextLength} characters.`);
  return text;
}

export function normalizePerson(record: CsvRecord, line: number, mapping: ColumnMapping<PersonField>, options: ReadOptions): RowResult<NormalizedPerson> {
  const problems: string[] = [];
  const notes: string[] = [];
  const email = cell(record, mapping, 'email').toLowerCase();
  if (email === '') problems.push('The person has no email.');
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push(`"${email}" is not an email address.`);
  const idText = cell(record, mapping, 'externalId');
  const externalId = idText === '' ? null : (collect(readExternalId(idText, options.preset.hasSalesforceIds), problems, notes, 'Id') ?? null);
  const fullName = cell(record, mapping, 'name') || [cell(record, mapping, 'firstName'), cell(record, mapping, 'lastName')].filter(Boolean).join(' ');
  const name = limit(fullName || email.split('@')[0] || '', 'The name', problems);
  const activeText = cell(record, mapping, 'isActive');
  const isActive = activeText === '' ? true : (collect(readBoolean(activeText), problems, notes, 'Active') ?? true);
  const start = optionalDate(cell(record, mapping, 'startDate'), 'Start date', options, problems, notes);
  const value: NormalizedPerson = {
    line,
    externalId,
    name,
    email,
    isActive,
    startDate: start?.date ?? null,
    team: cell(record, mapping, 'team') || null,
    office: cell(record, mapping, 'office') || null,
  };
  return { value: problems.length === 0 ? value : null, problems, notes };
}

export function normalizeDeal(
  record: CsvRecord,
  line: number,
  mapping: ColumnMapping<DealField>,
  options: ReadOptions & { stageMapping: StageMapping },
): RowResult<NormalizedDeal> {
  const problems: string[] = [];
  const notes: string[] = [];
  const externalId = collect(readExternalId(cell(record, mapping, 'externalId'), options.preset.hasSalesforceIds), problems, notes, 'Id');
  const title = limit(cell(record, mapping, 'title'), 'The title', problems);
  if (title === '') problems.push('The deal has no name.');
  const account = limit(cell(record, mapping, 'account') || title, 'The account', problems);
  const currency = collect(readCurrency(cell(record, mapping, 'currency')), problems, notes, 'Currency') ?? null;
  const dealCurrency = currency ?? options.defaultCurrency;
  const amountMinor = collect(readAmount(cell(record, mapping, 'amount'), dealCurrency, options.decimalSeparator), problems, notes, 'Amount') ?? 0;
  if (amountMinor < 0) problems.push('The amount is negative.');

  const flag = (field: 'isWon' | 'isClosed') => {
    const text = cell(record, mapping, field);
    if (!mapping[field] || text === '') return undefined;
    return collect(readBoolean(text), problems, notes, field === 'isWon' ? 'Won' : 'Closed');
  };
  const outcome = readOutcome({ isWon: flag('isWon'), isClosed: flag('isClosed'), status: mapping.status ? cell(record, mapping, 'status') : null });
  if (!outcome.ok) problems.push(outcome.message);

  const sourceStage = cell(record, mapping, 'stage');
  const mapped = options.stageMapping[stageKey(sourceStage)] ?? null;
  let stage: TDealStage | null = mapped;
  const isClosed = outcome.ok && outcome.outcome !== null;
  if (isClosed) stage = 'COMPLETED';
  else if (mapped === 'COMPLETED' && outcome.ok) {
    problems.push(`Stage "${sourceStage}" is a Completed column, but the file does not say whether the deal was won or lost.`);
  } else if (mapped === null) {
    problems.push(sourceStage === '' ? 'The stage is blank: map "(blank)" to a column.' : `Stage "${sourceStage}" is not mapped to a column.`);
  }

  const ownerRef = cell(record, mapping, 'owner');
  if (ownerRef === '') problems.push('The deal has no owner.');
  const closeDate = optionalDate(cell(record, mapping, 'closeDate'), 'Close date', options, problems, notes);
  const createdDate = optionalDate(cell(record, mapping, 'createdDate'), 'Created date', options, problems, notes);
  const wonTime = optionalDate(cell(record, mapping, 'wonTime'), 'Won time', options, problems, notes);
  const lostTime = optionalDate(cell(record, mapping, 'lostTime'), 'Lost time', options, problems, notes);
  const expected = optionalDate(cell(record, mapping, 'expectedCloseDate'), 'Expected close date', options, problems, notes);
  const finalOutcome = outcome.ok ? outcome.outcome : null;
  const closedOn = finalOutcome === 'WON' ? (wonTime ?? closeDate) : finalOutcome === 'LOST' ? (lostTime ?? closeDate) : null;
  if (finalOutcome && !closedOn) problems.push('The deal is closed but has no close date.');

  if (problems.length > 0 || externalId === undefined) return { value: null, problems, notes };
  return {
    value: {
      line,
      externalId,
      title,
      account,
      sourceStage,
      stage,
      outcome: finalOutcome,
      amountMinor,
      currency,
      closeDate: finalOutcome ? closedOn : closeDate,
      createdDate,
      wonTime,
      lostTime,
      // An open deal's close date is when it is expected to close.
      expectedCloseDate: expected?.date ?? (finalOutcome ? null : (closeDate?.date ?? null)),
      ownerRef,
      notes: cell(record, mapping, 'notes').slice(0, 5_000),
    },
    problems,
    notes,
  };
}

export function normalizeHistory(
  record: CsvRecord,
  line: number,
  mapping: ColumnMapping<HistoryField>,
  options: ReadOptions & { currencyOf: (dealExternalId: string) => string },
): RowResult<NormalizedHistory> {
  const problems: string[] = [];
  const notes: string[] = [];
  const dealExternalId = collect(readExternalId(cell(record, mapping, 'dealExternalId'), options.preset.hasSalesforceIds), problems, notes, 'Deal id');
  const occurredText = cell(record, mapping, 'occurredAt');
  const occurredAt = occurredText === '' ? (problems.push('The change has no date.'), undefined) : collect(readDate(occurredText, options.dateOrder), problems, notes, 'Date');
  const amountText = cell(record, mapping, 'amount');
  const currency = dealExternalId ? options.currencyOf(dealExternalId) : options.defaultCurrency;
  const amountMinor = amountText === '' ? null : (collect(readAmount(amountText, currency, options.decimalSeparator), problems, notes, 'Amount') ?? null);
  const flag = (field: 'isWon' | 'isClosed') => {
    const text = cell(record, mapping, field);
    return !mapping[field] || text === '' ? undefined : collect(readBoolean(text), problems, notes, field);
  };
  const outcome = readOutcome({ isWon: flag('isWon'), isClosed: flag('isClosed') });
  if (problems.length > 0 || !dealExternalId || !occurredAt) return { value: null, problems, notes };
  return {
    value: { line, dealExternalId, occurredAt, sourceStage: cell(record, mapping, 'stage'), amountMinor, outcome: outcome.ok ? outcome.outcome : null },
    problems,
    notes,
  };
}
