import { scopeProgress, type ScopeProgress } from './scope-progress';

// The figures on one wall bar, and the four numbers they are all worked out from.
//
// A live wall receives a bar as those four numbers (a row) and rebuilds its figures with
// the same `scopeProgress` the server used, so a bar rebuilt from its row is exactly the
// bar the server would have sent whole: an update costs each wall a few dozen numbers,
// not every bar's names, colours and derived percentages.

/** The numeric part of a wall bar. */
export type WallBarFigures = Pick<
  ScopeProgress,
  'goalMinor' | 'closedWonMinor' | 'remainingMinor' | 'projectedMinor' | 'percentOfGoal' | 'expectedPercent' | 'projectedPercent' | 'aheadBy' | 'status'
>;

/** A bar's standing in four numbers: goal, closed-won and weighted open (minor units), and pace (0 to 1). */
export type WallBarRow = [goalMinor: number, closedWonMinor: number, weightedOpenMinor: number, pace: number];

export function wallBarFigures(progress: ScopeProgress): WallBarFigures {
  return {
    goalMinor: progress.goalMinor,
    closedWonMinor: progress.closedWonMinor,
    remainingMinor: progress.remainingMinor,
    projectedMinor: progress.projectedMinor,
    percentOfGoal: progress.percentOfGoal,
    expectedPercent: progress.expectedPercent,
    projectedPercent: progress.projectedPercent,
    aheadBy: progress.aheadBy,
    status: progress.status,
  };
}

export function toWallBarRow(progress: ScopeProgress): WallBarRow {
  return [progress.goalMinor, progress.closedWonMinor, progress.weightedOpenMinor, progress.pace];
}

/** The figures a row stands for: the same arithmetic as the server's. */
export function wallBarFiguresFromRow(row: WallBarRow): WallBarFigures {
  const [goalMinor, closedWonMinor, weightedOpenMinor, pace] = row;
  return wallBarFigures(scopeProgress({ goalMinor, closedWonMinor, weightedOpenMinor, pace }));
}
