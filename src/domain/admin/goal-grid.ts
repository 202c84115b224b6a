// The monthly goal grid: one row per rep, one column per month, amounts in integer
// minor units of the grid's currency (null where no goal is set). Pure functions, used
// by the admin screen in the browser and by the server alike; none changes its input.

import Papa from 'papaparse';
import { convertMinorUnits } from '@/domain/pacing/exchange-rates';
import { parseMinorUnitsInput } from '@/domain/money';

export type GoalCells = Record<string, number | null>;
export type GoalGridRow = { userId: string; name: string; teamId: string; cells: GoalCells };
export type GoalGridTeam = { id: string; name: string; officeId: string };
export type GoalGridShape = {
  /** YYYY-MM, oldest first. */
  months: string[];
  rows: GoalGridRow[];
  currency: string;
  teams?: GoalGridTeam[];
};
export type GoalCellChange = { userId: string; month: string; amountMinor: number | null };
export type GoalCsvError = { line: number; message: string };
export type KnownGoalUser = { id: string; name: string; email: string };

/** The month before a YYYY-MM month. */
export function previousMonthKey(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
}

/** Every YYYY-MM month from `from` to `to`, both included. */
export function listMonthKeys(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let key = from; key <= to; ) {
    months.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** Sets every row's goal for `month` to its goal of the month before (both must be in the grid). */
export function copyPreviousMonth<G extends GoalGridShape>(grid: G, month: string): G {
  const previous = previousMonthKey(month);
  if (!grid.months.includes(month) || !grid.months.includes(previous)) {
    throw new RangeError(`Both ${previous} and ${month} must be shown to copy one into the other.`);
  }
  return {
    ...grid,
    rows: grid.rows.map((row) => ({ ...row, cells: { ...row.cells, [month]: row.cells[previous] ?? null } })),
  };
}

/**
 * Raises (or with a negative percent lowers) every goal of a row by `percent` per cent,
 * rounded to whole minor units: scaleRow(row, 10) turns 1,000.00 into 1,100.00. Only the
 * listed months change when `months` is given.
 */
export function scaleRow<R extends GoalGridRow>(row: R, percent: number, months?: readonly string[]): R {
  if (!Number.isFinite(percent) || percent < -100) throw new RangeError('A goal can be lowered by at most 100%.');
  const cells: GoalCells = {};
  for (const [month, amount] of Object.entries(row.cells)) {
    const isChosen = months === undefined || months.includes(month);
    // Integer arithmetic first so that 10% of 1005 cents is exactly 100.5 → 101.
    cells[month] = amount === null || !isChosen ? amount : Math.round((amount * (100 + percent)) / 100);
  }
  return { ...row, cells };
}

/** The cells that differ between two versions of a grid, as changes the server accepts. */
export function diffGrids(before: GoalGridShape, after: GoalGridShape): GoalCellChange[] {
  const original = new Map(before.rows.map((row) => [row.userId, row.cells]));
  const changes: GoalCellChange[] = [];
  for (const row of after.rows) {
    const was = original.get(row.userId) ?? {};
    for (const month of after.months) {
      const amount = row.cells[month] ?? null;
      if (amount !== (was[month] ?? null)) changes.push({ userId: row.userId, month, amountMinor: amount });
    }
  }
  return changes;
}

export type GoalTotals = {
  /** Per user, every month of the grid added up. */
  rows: Record<string, number>;
  /** Per team, per month. */
  teams: Record<string, Record<string, number>>;
  /** Per office (through `grid.teams`), per month. */
  offices: Record<string, Record<string, number>>;
  /** Everyone, per month. */
  company: Record<string, number>;
  /** Everyone, every month. */
  total: number;
};

/** Team, office and company totals of a grid; an empty cell counts as zero. */
export function rollUpTotals(grid: GoalGridShape): GoalTotals {
  const officeOf = new Map((grid.teams ?? []).map((team) => [team.id, team.officeId]));
  const totals: GoalTotals = { rows: {}, teams: {}, offices: {}, company: {}, total: 0 };
  const zeroMonths = () => Object.fromEntries(grid.months.map((month) => [month, 0]));
  for (const month of grid.months) totals.company[month] = 0;
  for (const row of grid.rows) {
    const team = (totals.teams[row.teamId] ??= zeroMonths());
    const officeId = officeOf.get(row.teamId);
    const office = officeId === undefined ? undefined : (totals.offices[officeId] ??= zeroMonths());
    let rowTotal = 0;
    for (const month of grid.months) {
      const amount = row.cells[month] ?? 0;
      rowTotal += amount;
      team[month]! += amount;
      if (office) office[month]! += amount;
      totals.company[month]! += amount;
    }
    totals.rows[row.userId] = rowTotal;
    totals.total += rowTotal;
  }
  return totals;
}

/** What the company total needs besides the grid's own cells (see ZGoalGridCompany). */
export type GoalGridCompany = {
  /** The reporting currency. */
  currency: string;
  months: Record<string, { otherMinor: number | null; rateToReporting: number | null }>;
};

/**
 * Per month of the grid, the company's goal in the reporting currency: the goals outside
 * the grid (already converted) plus the grid's cells added up and converted once at the
 * grid currency's rate. Null for a month without a rate (or whose outside goals lack one).
 */
export function companyTotals(grid: GoalGridShape, company: GoalGridCompany): Record<string, number | null> {
  const totals: Record<string, number | null> = {};
  for (const month of grid.months) {
    const figures = company.months[month];
    if (!figures || figures.otherMinor === null || figures.rateToReporting === null) {
      totals[month] = null;
      continue;
    }
    const gridMinor = grid.rows.reduce((sum, row) => sum + (row.cells[month] ?? 0), 0);
    totals[month] = figures.otherMinor + convertMinorUnits(gridMinor, grid.currency, figures.rateToReporting, company.currency);
  }
  return totals;
}

export type OutsideGoal = { officeId: string; month: string; amountMinor: number; currency: string };

/**
 * Goals outside a grid, per month in minor units of the reporting currency. As on the
 * wall, each office's goals are added up first and converted once. A month is null when
 * any of its goals is in a currency with no rate (`rateOf` gives null).
 */
export function convertOutsideGoals(
  goals: readonly OutsideGoal[],
  months: readonly string[],
  rateOf: (currency: string, month: string) => number | null,
  reportingCurrency: string,
): Record<string, number | null> {
  const sums = new Map<string, { month: string; currency: string; amountMinor: number }>();
  for (const goal of goals) {
    const key = JSON.stringify([goal.month, goal.officeId, goal.currency]);
    const sum = sums.get(key) ?? { month: goal.month, currency: goal.currency, amountMinor: 0 };
    sum.amountMinor += goal.amountMinor;
    sums.set(key, sum);
  }
  const totals: Record<string, number | null> = Object.fromEntries(months.map((month) => [month, 0]));
  for (const { month, currency, amountMinor } of sums.values()) {
    const total = totals[month];
    if (total === undefined || total === null) continue;
    const rate = rateOf(currency, month);
    totals[month] = rate === null ? null : total + convertMinorUnits(amountMinor, currency, rate, reportingCurrency);
  }
  return totals;
}

/** Splits one line on tabs (a spreadsheet paste), or on commas or semicolons outside double quotes (papaparse, which also runs in the browser). */
function splitLine(line: string): string[] {
  const delimiter = line.includes('\t') ? '\t' : line.includes(';') && !line.includes(',') ? ';' : ',';
  const [fields = []] = Papa.parse<string[]>(line, { delimiter, header: false, skipEmptyLines: false }).data;
  return fields.map((field) => field.trim());
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** "12,500.50", "12500.5", "$12 500" → minor units (parseMoneyInput's rules), or null when it is not a goal. */
function parseAmount(text: string, minorDigits: number): number | null {
  const parsed = parseMinorUnitsInput(text, minorDigits);
  return parsed.ok && parsed.amountMinor !== null && parsed.amountMinor >= 0 ? parsed.amountMinor : null;
}

/**
 * Reads goals pasted from a spreadsheet or CSV: one line per person, first the person
 * (email or full name), then one amount per month in major units ("12,500.00"). The
 * columns are `months` in order, unless the first line is a header whose other cells
 * are months (YYYY-MM). An empty cell leaves that goal as it is; "-" clears it. Every
 * line that cannot be read is reported with its number and why; callers apply nothing
 * when there is any error.
 */
export function parseGoalCsv(
  text: string,
  knownUsers: readonly KnownGoalUser[],
  months: readonly string[],
  options: { minorDigits?: number } = {},
): { changes: GoalCellChange[]; errors: GoalCsvError[] } {
  const minorDigits = options.minorDigits ?? 2;
  const byEmail = new Map(knownUsers.map((user) => [user.email.trim().toLowerCase(), user]));
  const byName = new Map<string, KnownGoalUser[]>();
  for (const user of knownUsers) {
    const key = user.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), user]);
  }
  const changes: GoalCellChange[] = [];
  const errors: GoalCsvError[] = [];
  let columns: readonly string[] = months;
  const seen = new Map<string, number>();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fields = splitLine(raw);
    const [who = '', ...amounts] = fields;
    if (index === 0 || changes.length + errors.length === 0) {
      const headerMonths = amounts.filter((field) => field !== '');
      if (headerMonths.length > 0 && headerMonths.every((field) => monthPattern.test(field))) {
        const unknown = headerMonths.filter((month) => !months.includes(month));
        if (unknown.length > 0) errors.push({ line, message: `The header names months not in the grid: ${unknown.join(', ')}.` });
        columns = amounts;
        return;
      }
      if (/^(name|email|person|who|rep)$/i.test(who)) return;
    }
    const key = who.toLowerCase();
    const matches = byEmail.has(key) ? [byEmail.get(key)!] : (byName.get(key) ?? []);
    if (who === '') return void errors.push({ line, message: 'The line does not start with a name or email.' });
    if (matches.length === 0) return void errors.push({ line, message: `No one in this grid is called or has the email "${who}".` });
    if (matches.length > 1) return void errors.push({ line, message: `More than one person is called "${who}"; use their email.` });
    const user = matches[0]!;
    if (seen.has(user.id)) return void errors.push({ line, message: `${user.name} is already on line ${seen.get(user.id)}.` });
    seen.set(user.id, line);
    if (amounts.length > columns.length) {
      return void errors.push({ line, message: `The line has ${amounts.length} amounts but the grid has ${columns.length} months.` });
    }
    const lineChanges: GoalCellChange[] = [];
    for (const [column, cell] of amounts.entries()) {
      const month = columns[column]!;
      if (cell === '') continue;
      if (cell === '-') {
        lineChanges.push({ userId: user.id, month, amountMinor: null });
        continue;
      }
      const amountMinor = parseAmount(cell, minorDigits);
      if (amountMinor === null) return void errors.push({ line, message: `"${cell}" (${month}) is not an amount like 12500 or 12,500.00.` });
      lineChanges.push({ userId: user.id, month, amountMinor });
    }
    changes.push(...lineChanges);
  });
  return { changes, errors };
}

/** The grid with changes applied (rows or months it does not show are ignored). */
export function applyGoalChanges<G extends GoalGridShape>(grid: G, changes: readonly GoalCellChange[]): G {
  const byUser = new Map<string, GoalCellChange[]>();
  for (const change of changes) byUser.set(change.userId, [...(byUser.get(change.userId) ?? []), change]);
  return {
    ...grid,
    rows: grid.rows.map((row) => {
      const rowChanges = (byUser.get(row.userId) ?? []).filter((change) => grid.months.includes(change.month));
      if (rowChanges.length === 0) return row;
      const cells = { ...row.cells };
      for (const change of rowChanges) cells[change.month] = change.amountMinor;
      return { ...row, cells };
    }),
  };
}
