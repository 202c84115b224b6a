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
  /** The month's opening point (day 0), where every line starts from the whole goal. */
  isStart?: boolean;
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

/**
 * Day 0, the start of the month: the whole goal is still to win. Drawn before the first
 * day so the lines start from the goal, and so that on the month's first day the actual
 * line is a line rather than a single point. It has an actual figure once the month has begun.
 */
export function monthStartRow(burnDown: Pick<TBurnDown, 'points'> & { bar: Pick<TBurnDown['bar'], 'goalMinor'> }): BurnDownRow | null {
  const first = burnDown.points[0];
  if (!first) return null;
  const instant = new Date(`${first.date}T00:00:00Z`);
  const goal = burnDown.bar.goalMinor;
  return {
    day: 0,
    date: first.date,
    instant,
    weekday: instant.getUTCDay(),
    isWorkingDay: true,
    ideal: goal,
    actual: first.actualRemainingMinor === null ? null : goal,
    projected: null,
    isStart: true,
  };
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

/** This month's simulated revenue for the scope (the forecast's P10–P90), in the burn-down's currency. */
export type SimulatedMonth = { alreadyWon: number; p10: number; p50: number; p90: number };
export type BandRow = BurnDownRow & { band: [number, number] | null; simulated: number | null };

/**
 * The simulation's P10–P90 as a band on the burn-down: it opens at today's remaining
 * figure and widens to the month end, where the remaining revenue is today's less what
 * the simulation expects to be won from now on (its quantiles less what it already
 * counts as won, so the band starts from the burn-down's own figure). The lower edge is
 * the P90 month (more won, less remaining). Days before today carry no band.
 */
export function withSimulatedBand(rows: readonly BurnDownRow[], simulated: SimulatedMonth): BandRow[] {
  const today = latestRow(rows);
  const last = rows.at(-1);
  if (!today || today.actual === null || !last) return rows.map((row) => ({ ...row, band: null, simulated: null }));
  const future = (quantile: number) => Math.max(0, quantile - simulated.alreadyWon);
  const remaining = today.actual;
  const span = Math.max(1, last.day - today.day);
  return rows.map((row) => {
    if (row.day < today.day) return { ...row, band: null, simulated: null };
    const share = last.day === today.day ? 1 : (row.day - today.day) / span;
    const low = remaining - share * future(simulated.p90);
    const high = remaining - share * future(simulated.p10);
    return { ...row, band: [Math.round(low), Math.round(high)], simulated: Math.round(remaining - share * future(simulated.p50)) };
  });
}
