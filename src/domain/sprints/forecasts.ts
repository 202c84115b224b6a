import type { SprintWindow } from './sprint-calendar';

// Each rep states a monthly forecast in two numbers, commit and best case, as often as
// they like; every statement is kept as a dated snapshot. A rep's forecast at any moment
// is their latest snapshot by then; a team's is the sum of its reps'.

export type ForecastSnapshot = {
  userId: string;
  commitMinor: number;
  bestCaseMinor: number;
  createdAt: Date;
};

export type ForecastTotals = { commitMinor: number; bestCaseMinor: number; reps: number };

/** Each rep's latest snapshot made no later than `asOf` (all of them without `asOf`). */
export function latestForecasts<T extends ForecastSnapshot>(snapshots: readonly T[], asOf?: Date): Map<string, T> {
  const latest = new Map<string, T>();
  for (const snapshot of snapshots) {
    if (asOf && snapshot.createdAt > asOf) continue;
    const known = latest.get(snapshot.userId);
    if (!known || snapshot.createdAt >= known.createdAt) latest.set(snapshot.userId, snapshot);
  }
  return latest;
}

/** The roll-up: the sum of the reps' forecasts. */
export function rollUpForecasts(forecasts: Iterable<Pick<ForecastSnapshot, 'commitMinor' | 'bestCaseMinor'>>): ForecastTotals {
  let commitMinor = 0;
  let bestCaseMinor = 0;
  let reps = 0;
  for (const forecast of forecasts) {
    commitMinor += forecast.commitMinor;
    bestCaseMinor += forecast.bestCaseMinor;
    reps += 1;
  }
  return { commitMinor, bestCaseMinor, reps };
}

export type AccuracyFigures = {
  commitMinor: number;
  bestCaseMinor: number;
  actualMinor: number;
  /** Actual as a percent of commit (100 = exactly right); null without a commit. */
  actualToCommitPercent: number | null;
};

export type AccuracyRow = {
  sprintNumber: number;
  /** The forecast as it stood at the end of this sprint. */
  asOf: Date;
  /** How many weeks (sprints) of the month were still to come when it was made. */
  weeksAhead: number;
  team: AccuracyFigures | null;
  reps: (AccuracyFigures & { userId: string })[];
};

function figures(forecast: Pick<ForecastSnapshot, 'commitMinor' | 'bestCaseMinor'>, actualMinor: number): AccuracyFigures {
  return {
    commitMinor: forecast.commitMinor,
    bestCaseMinor: forecast.bestCaseMinor,
    actualMinor,
    actualToCommitPercent: forecast.commitMinor > 0 ? (actualMinor / forecast.commitMinor) * 100 : null,
  };
}

/**
 * Forecast against actual for a finished month: for each sprint, the forecasts as they
 * stood when it ended, next to what each rep (and the team) really won in the month.
 * A rep with no forecast yet by then is left out of that row and of its team total.
 */
export function forecastAccuracy(options: {
  sprints: readonly Pick<SprintWindow, 'number' | 'endsAt'>[];
  snapshots: readonly ForecastSnapshot[];
  actualByUser: ReadonlyMap<string, number>;
}): AccuracyRow[] {
  const { sprints, snapshots, actualByUser } = options;
  return sprints.map((sprint) => {
    // The window is half-open: a snapshot stamped at endsAt belongs to the next sprint.
    const asOf = new Date(sprint.endsAt.getTime() - 1);
    const latest = [...latestForecasts(snapshots, asOf).values()].sort((a, b) => a.userId.localeCompare(b.userId));
    const reps = latest.map((forecast) => ({ userId: forecast.userId, ...figures(forecast, actualByUser.get(forecast.userId) ?? 0) }));
    const totals = rollUpForecasts(latest);
    const teamActual = latest.reduce((sum, forecast) => sum + (actualByUser.get(forecast.userId) ?? 0), 0);
    return {
      sprintNumber: sprint.number,
      asOf: sprint.endsAt,
      weeksAhead: sprints.length - sprint.number,
      team: totals.reps > 0 ? figures(totals, teamActual) : null,
      reps,
    };
  });
}
