// Where one scope (a rep, a team, an office or the company) stands against its monthly
// goal: how much is won, how much that is of the goal, how much it should be by now, and
// where the month is heading. Percentages are not rounded; round them only for display.

export type PaceStatus = 'ahead' | 'behind';

export type ScopeProgress = {
  goalMinor: number;
  closedWonMinor: number;
  /** Σ open deals expected to close this month × their team's stage weight. */
  weightedOpenMinor: number;
  /** Goal − closed-won, never below 0. */
  remainingMinor: number;
  /** Closed-won as a percentage of the goal (may pass 100); null when the goal is 0. */
  percentOfGoal: number | null;
  /** Share of the month's working time gone, 0 to 1. */
  pace: number;
  /** Percentage of the goal that would be won by now at an even pace: pace × 100. */
  expectedPercent: number;
  /** The same in money: pace × goal, not rounded. */
  expectedMinor: number;
  /** percentOfGoal − expectedPercent, in percentage points; null when the goal is 0. */
  aheadBy: number | null;
  /** 'ahead' when at or ahead of pace, and whenever the goal is 0. */
  status: PaceStatus;
  /** Closed-won + weighted open: where the month is heading. */
  projectedMinor: number;
  /** projectedMinor as a percentage of the goal; null when the goal is 0. */
  projectedPercent: number | null;
};

export type ScopeProgressInput = {
  goalMinor: number;
  closedWonMinor: number;
  weightedOpenMinor: number;
  pace: number;
};

/** Closer than this (in percentage points) to pace counts as on pace, absorbing float noise. */
const onPaceTolerance = 1e-9;

/**
 * A scope's standing from its totals. A goal of 0 has no percentages (null, since "0%"
 * would read as "nothing done" and anything else as a real figure) and is 'ahead',
 * because nothing is owed.
 */
export function scopeProgress(input: ScopeProgressInput): ScopeProgress {
  const { goalMinor, closedWonMinor, weightedOpenMinor, pace } = input;
  const hasGoal = goalMinor > 0;
  const percentOf = (amountMinor: number) => (hasGoal ? (amountMinor / goalMinor) * 100 : null);
  const percentOfGoal = percentOf(closedWonMinor);
  const expectedPercent = pace * 100;
  const aheadBy = percentOfGoal === null ? null : percentOfGoal - expectedPercent;
  const projectedMinor = closedWonMinor + weightedOpenMinor;
  return {
    goalMinor,
    closedWonMinor,
    weightedOpenMinor,
    remainingMinor: Math.max(0, goalMinor - closedWonMinor),
    percentOfGoal,
    pace,
    expectedPercent,
    expectedMinor: pace * goalMinor,
    aheadBy,
    status: aheadBy === null || aheadBy >= -onPaceTolerance ? 'ahead' : 'behind',
    projectedMinor,
    projectedPercent: percentOf(projectedMinor),
  };
}
