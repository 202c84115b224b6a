import type { TSprintHistoryRow } from '@/schemas/sprint';
import { percentMet, formatSprintLabel } from './sprint-format';

// A team's or rep's sprint history as chart rows: one per sprint, oldest first, with a
// short axis label and the full label for the tooltip and the table.

export type HistoryChartRow = {
  sprintId: string;
  /** "Nov S3": short enough for an axis of 52 sprints. */
  axisLabel: string;
  /** "Sprint 3 · 16–22 Nov" */
  label: string;
  wonMinor: number;
  wonCount: number;
  lostCount: number;
  /** Share of decided commitments met, 0–100; null when none was decided. */
  metPercent: number | null;
  isCurrent: boolean;
};

export function historyChartRows(rows: readonly TSprintHistoryRow[], locale: string): HistoryChartRow[] {
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return [...rows]
    .sort((left, right) => left.startsOn.localeCompare(right.startsOn))
    .map((row) => ({
      sprintId: row.sprintId,
      axisLabel: `${monthName.format(new Date(`${row.month}-01T00:00:00Z`))} S${row.number}`,
      label: formatSprintLabel(row, locale),
      wonMinor: row.wonMinor,
      wonCount: row.wonCount,
      lostCount: row.lostCount,
      metPercent: percentMet(row.commitmentsMet, row.commitmentsMissed),
      isCurrent: row.state === 'current',
    }));
}

/** The figures of a whole history: what a screen reader hears before the table. */
export function summarizeHistory(rows: readonly HistoryChartRow[]): { wonMinor: number; wonCount: number; metPercent: number | null } {
  const wonMinor = rows.reduce((sum, row) => sum + row.wonMinor, 0);
  const wonCount = rows.reduce((sum, row) => sum + row.wonCount, 0);
  const decided = rows.filter((row) => row.metPercent !== null);
  const metPercent = decided.length === 0 ? null : Math.round(decided.reduce((sum, row) => sum + row.metPercent!, 0) / decided.length);
  return { wonMinor, wonCount, metPercent };
}
