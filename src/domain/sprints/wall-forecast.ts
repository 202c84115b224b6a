import { latestForecasts, rollUpForecasts, type ForecastSnapshot } from './forecasts';

// The wall's second marker: each rep's latest forecast for the month, rolled up to teams
// and offices (all in the office's currency, so no conversion is needed). The company
// has no marker: its offices forecast in different currencies.

export type PlacedSnapshot = ForecastSnapshot & { teamId: string; officeId: string };

export type WallForecastFigures = {
  reps: { id: string; commitMinor: number; bestCaseMinor: number }[];
  teams: { id: string; commitMinor: number; bestCaseMinor: number; reps: number }[];
  offices: { id: string; commitMinor: number; bestCaseMinor: number; reps: number }[];
};

function groupTotals(latest: readonly PlacedSnapshot[], keyOf: (snapshot: PlacedSnapshot) => string) {
  const groups = new Map<string, PlacedSnapshot[]>();
  for (const snapshot of latest) groups.set(keyOf(snapshot), [...(groups.get(keyOf(snapshot)) ?? []), snapshot]);
  return [...groups].map(([id, members]) => ({ id, ...rollUpForecasts(members) }));
}

export function wallForecastFigures(snapshots: readonly PlacedSnapshot[]): WallForecastFigures {
  const latest = [...latestForecasts(snapshots).values()];
  return {
    reps: latest.map((snapshot) => ({ id: snapshot.userId, commitMinor: snapshot.commitMinor, bestCaseMinor: snapshot.bestCaseMinor })),
    teams: groupTotals(latest, (snapshot) => snapshot.teamId),
    offices: groupTotals(latest, (snapshot) => snapshot.officeId),
  };
}

/** The forecast as a percent of a bar's goal (where the second marker sits); null when there is none to show. */
export function forecastPercentOfGoal(forecast: { commitMinor: number } | undefined, goalMinor: number): number | null {
  if (!forecast || !(goalMinor > 0)) return null;
  return (forecast.commitMinor / goalMinor) * 100;
}
