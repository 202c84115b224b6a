import type { TWallBar } from '@/schemas/wall';
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

/** What names a bar and how its figures are written, apart from the figures. */
export type WallBarIdentity = Pick<TWallBar, 'kind' | 'id' | 'name' | 'colour' | 'officeId' | 'teamId' | 'currency' | 'locale'>;

/**
 * A bar from its identity and figures, written out field by field: walls build dozens
 * at a time, and Node's object spread costs about 15 µs for an object this size.
 */
export function toWallBar(identity: WallBarIdentity, figures: WallBarFigures): TWallBar {
  return {
    kind: identity.kind,
    id: identity.id,
    name: identity.name,
    colour: identity.colour,
    officeId: identity.officeId,
    teamId: identity.teamId,
    currency: identity.currency,
    locale: identity.locale,
    goalMinor: figures.goalMinor,
    closedWonMinor: figures.closedWonMinor,
    remainingMinor: figures.remainingMinor,
    projectedMinor: figures.projectedMinor,
    percentOfGoal: figures.percentOfGoal,
    expectedPercent: figures.expectedPercent,
    projectedPercent: figures.projectedPercent,
    aheadBy: figures.aheadBy,
    status: figures.status,
  };
}

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
