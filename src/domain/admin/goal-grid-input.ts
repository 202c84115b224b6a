import { describeMoneyInputProblem, minorUnitDigits, parseMoneyInput, toMajorUnits } from '@/domain/money';
import { diffGrids, type GoalCellChange, type GoalGridShape } from './goal-grid';

// The goal grid as the admin types it: each edited cell is held as its text until Save,
// read with parseMoneyInput like every money field; the grid as typed is the saved grid
// with the readable cells replaced, and the unreadable ones listed with their reason.

/** The highest goal accepted, in minor units (the schema's limit, repeated to keep this module free of zod). */
export type GoalLimits = { maximumGoalMinor: number };

export const goalCellKey = (userId: string, month: string): string => `${userId}|${month}`;

/** Minor units → what the cell shows: "12500" or "12500.50"; empty for no goal. */
export function goalInputText(amountMinor: number | null | undefined, currency: string): string {
  if (amountMinor === null || amountMinor === undefined) return '';
  const major = toMajorUnits(amountMinor, currency);
  return Number.isInteger(major) ? String(major) : major.toFixed(minorUnitDigits(currency));
}

/** What was typed in a cell → minor units (null for empty), or why it is not a goal. */
export function parseGoalCell(text: string, currency: string, limits: GoalLimits): { amountMinor: number | null } | { error: string } {
  const parsed = parseMoneyInput(text, currency);
  if (!parsed.ok) return { error: describeMoneyInputProblem(parsed.problem, currency) };
  if (parsed.amountMinor === null) return { amountMinor: null };
  if (parsed.amountMinor < 0) return { error: 'A goal cannot be negative' };
  if (parsed.amountMinor > limits.maximumGoalMinor) return { error: 'Too large' };
  return { amountMinor: parsed.amountMinor };
}

/** The grid as typed (unreadable cells keep their saved amount) and the unreadable cells with their reason. */
export function typedGoalGrid<G extends GoalGridShape>(
  saved: G,
  texts: Readonly<Record<string, string>>,
  limits: GoalLimits,
): { grid: G; invalid: Map<string, string> } {
  const invalid = new Map<string, string>();
  const rows = saved.rows.map((row) => {
    const cells = { ...row.cells };
    for (const month of saved.months) {
      const key = goalCellKey(row.userId, month);
      const text = texts[key];
      if (text === undefined) continue;
      const parsed = parseGoalCell(text, saved.currency, limits);
      if ('error' in parsed) invalid.set(key, parsed.error);
      else cells[month] = parsed.amountMinor;
    }
    return { ...row, cells };
  });
  return { grid: { ...saved, rows }, invalid };
}

/** The cell texts that turn `current` into `next` (from a copy, a scale or a paste), and how many cells changed. */
export function textsForGrid(current: GoalGridShape, next: GoalGridShape): { texts: Record<string, string>; changes: GoalCellChange[] } {
  const changes = diffGrids(current, next);
  const texts: Record<string, string> = {};
  for (const change of changes) texts[goalCellKey(change.userId, change.month)] = goalInputText(change.amountMinor, next.currency);
  return { texts, changes };
}

/** The month to copy last month into: the one chosen while the grid shows it, else the current month, else the grid's second. */
export function defaultCopyMonth(grid: { months: readonly string[]; currentMonth: string }, chosen: string): string {
  if (chosen && grid.months.includes(chosen)) return chosen;
  return grid.months.includes(grid.currentMonth) ? grid.currentMonth : (grid.months[1] ?? grid.months[0] ?? '');
}

export type GoalScope = { kind: 'team' | 'office'; id: string };

/** The grid's address for a scope and range of months; null when there is none to ask for. */
export function goalGridPath(scope: GoalScope | null, range: { from: string; to: string }): string | null {
  if (scope === null || range.from > range.to) return null;
  return `/api/admin/goals?${scope.kind === 'team' ? 'teamId' : 'officeId'}=${encodeURIComponent(scope.id)}&from=${range.from}&to=${range.to}`;
}

/** The sum of the months' totals, or null when a month has none (no exchange rate). */
export function sumOfMonths(months: readonly string[], byMonth: Readonly<Record<string, number | null>>): number | null {
  const amounts = months.map((month) => byMonth[month] ?? null);
  return amounts.includes(null) ? null : amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0);
}
