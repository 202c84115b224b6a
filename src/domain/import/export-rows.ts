import { stringify } from 'csv-stringify/sync';
import { minorUnitDigits } from '@/domain/money';
import { cadenceDealColumns } from './presets';

// Cells Cadence writes into CSV files. A cell that begins with = + - @ (or a tab or a
// carriage return) would run as a formula in a spreadsheet; it is prefixed with an
// apostrophe, which spreadsheets show as text. Numbers Cadence itself writes (a negative
// amount) are written as numbers and are not escaped.

export function escapeFormula(value: string): string {
  // A value that already reads as escaped ('=…) is escaped again, so reading it back keeps its quote.
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Reverses escapeFormula for a cell Cadence wrote (so export then import is a round trip). */
export function unescapeFormula(value: string): string {
  return /^''*[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}


/** A CSV text with every text cell formula-escaped; numbers and dates are written as they are. */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return stringify([headers as string[], ...rows.map((row) => row.map((cell) => (typeof cell === 'string' ? escapeFormula(cell) : cell === null ? '' : String(cell))))]);
}

/** An amount in minor units as a plain decimal in major units ("1200.50"). */
export function formatMinor(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export type ExportDeal = {
  id: string;
  account: string;
  title: string;
  stage: string;
  outcome: string | null;
  amountMinor: number;
  currency: string;
  closedAmountMinor: number | null;
  closedAt: Date | null;
  expectedCloseDate: Date | null;
  ownerEmail: string;
  ownerName: string;
  teamName: string;
  createdAt: Date;
  notes: string;
};

/** One deal as a row of Cadence's own deals CSV (the cadence preset reads it back). */
export function dealExportRow(deal: ExportDeal): (string | null)[] {
  return [
    deal.id,
    deal.account,
    deal.title,
    deal.stage,
    deal.outcome ?? '',
    formatMinor(deal.amountMinor, deal.currency),
    deal.currency,
    deal.closedAmountMinor === null ? '' : formatMinor(deal.closedAmountMinor, deal.currency),
    deal.closedAt?.toISOString() ?? '',
    deal.expectedCloseDate?.toISOString().slice(0, 10) ?? '',
    deal.ownerEmail,
    deal.ownerName,
    deal.teamName,
    deal.createdAt.toISOString(),
    deal.notes,
  ];
}

export const dealExportHeaders = cadenceDealColumns;
