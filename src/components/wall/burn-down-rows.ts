import type { TBurnDown } from '@/schemas/wall';

// The burn-down's points as the chart draws them: a day number on a numeric axis (so a
// weekend can be shaded as a band) and the local date as a UTC midnight for formatting.

export type BurnDownRow = {
  day: number;
  date: string;
  /** The local date at UTC midnight: format it with timeZone 'UTC'. */
  instant: Date;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  isWorkingDay: boolean;
  ideal: number;
  actual: number | null;
  projected: number | null;
};

export function burnDownRows(burnDown: Pick<TBurnDown, 'points'>): BurnDownRow[] {
  return burnDown.points.map((point, index) => {
    const instant = new Date(`${point.date}T00:00:00Z`);
    return {
      day: index + 1,
      date: point.date,
      instant,
      weekday: instant.getUTCDay(),
      isWorkingDay: point.isWorkingDay,
      ideal: point.idealRemainingMinor,
      actual: point.actualRemainingMinor,
      projected: point.projectedRemainingMinor,
    };
  });
}

/** Runs of consecutive days that are not working days, as first and last day numbers. */
export function nonWorkingRuns(rows: readonly Pick<BurnDownRow, 'day' | 'isWorkingDay'>[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const row of rows) {
    if (row.isWorkingDay) continue;
    const last = runs.at(-1);
    if (last && last.to === row.day - 1) last.to = row.day;
    else runs.push({ from: row.day, to: row.day });
  }
  return runs;
}

/** Where the scope stands on the last day that has begun, for the words beside the chart. */
export function latestRow(rows: readonly BurnDownRow[]): BurnDownRow | null {
  return rows.findLast((row) => row.actual !== null) ?? null;
}
