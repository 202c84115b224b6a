import type { WallBarRow } from './wall-bar-figures';

// Which bars a live wall needs to hear about. Every wall in a room holds the rows it was
// last sent; an update names only the rows that differ from those, so a close costs each
// of a thousand walls three or four rows instead of every bar of the company.
//
// The pace moves with the clock on every bar, so a row counts as changed by its pace
// alone only once the pace has moved by `paceStep` or more since the value the walls
// hold: 0.0001 of a month's working time is about a minute and a tenth of a pixel on a
// 1,000-pixel bar. Amounts are compared exactly.

/** One changed bar: its index in the layout's order, then its row. */
export type WallRowChange = [index: number, goalMinor: number, closedWonMinor: number, weightedOpenMinor: number, pace: number];

export const paceStep = 0.0001;
/** A pace that moved a step up to rounding (0.5001 − 0.5 is 0.0000999… in binary). */
const paceStepWithRounding = paceStep * (1 - 1e-9);

/**
 * The rows of `next` that differ from `held` (same layout, same length), and the rows the
 * walls hold once they apply them: `held` with those rows replaced.
 */
export function diffWallRows(held: readonly WallBarRow[], next: readonly WallBarRow[]): { changed: WallRowChange[]; held: WallBarRow[] } {
  if (held.length !== next.length) throw new RangeError(`rows of different layouts (${held.length} and ${next.length})`);
  const changed: WallRowChange[] = [];
  const after: WallBarRow[] = [];
  next.forEach((row, index) => {
    const before = held[index]!;
    const isChanged = row[0] !== before[0] || row[1] !== before[1] || row[2] !== before[2] || Math.abs(row[3] - before[3]) >= paceStepWithRounding;
    if (isChanged) changed.push([index, row[0], row[1], row[2], row[3]]);
    after.push(isChanged ? row : before);
  });
  return { changed, held: after };
}
