import { invalidateMonthSummaries } from '@/server/wall/load-month-summary';
import { announce } from '@/server/events';

/**
 * After a committed change that moves wall figures without a DealEvent (goals, offices,
 * holidays, rates, teams): forget the cached month summaries, then let live walls refresh.
 */
export function refreshWallFigures(): void {
  invalidateMonthSummaries();
  announce('wallsInvalidated', {});
}
