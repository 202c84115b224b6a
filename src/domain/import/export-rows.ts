// Cells Cadence writes into CSV files. A cell that begins with = + - @ (or a tab or a
// carriage return) would run as a formula in a spreadsheet; it is prefixed with an
// apostrophe, which spreadsheets show as text. Numbers Cadence itself writes (a negative
// amount) are written as numbers and are not escaped.

export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Reverses escapeFormula for a cell Cadence wrote (so export then import is a round trip). */
export function unescapeFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
