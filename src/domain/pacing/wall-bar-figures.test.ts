import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scopeProgress } from './scope-progress';
import { toWallBarRow, wallBarFigures, wallBarFiguresFromRow } from './wall-bar-figures';

describe('wall bar rows', () => {
  it('rebuild exactly the figures of the progress they were taken from', () => {
    const amount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000_000 }));
    const weighted = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5e9, noNaN: true }));
    fc.assert(
      fc.property(amount, amount, weighted, fc.double({ min: 0, max: 1, noNaN: true }), (goalMinor, closedWonMinor, weightedOpenMinor, pace) => {
        const progress = scopeProgress({ goalMinor, closedWonMinor, weightedOpenMinor, pace });
        expect(wallBarFiguresFromRow(toWallBarRow(progress))).toStrictEqual(wallBarFigures(progress));
      }),
      { numRuns: 2000 },
    );
  });

  it('carry a behind-pace bar as four numbers', () => {
    const progress = scopeProgress({ goalMinor: 11_600_000, closedWonMinor: 2_900_000, weightedOpenMinor: 1_000_000, pace: 0.5 });
    expect(toWallBarRow(progress)).toEqual([11_600_000, 2_900_000, 1_000_000, 0.5]);
    expect(wallBarFiguresFromRow(toWallBarRow(progress))).toMatchObject({ percentOfGoal: 25, expectedPercent: 50, aheadBy: -25, status: 'behind', projectedMinor: 3_900_000 });
  });
});
