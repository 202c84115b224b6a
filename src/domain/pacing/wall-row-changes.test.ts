import { describe, expect, it } from 'vitest';
import { diffWallRows, paceStep } from './wall-row-changes';
import type { WallBarRow } from './wall-bar-figures';

const held: WallBarRow[] = [
  [1_000_000, 400_000, 300_000, 0.5],
  [500_000, 200_000, 100_000, 0.5],
  [500_000, 200_000, 200_000, 0.5],
];

describe('diffWallRows', () => {
  it('names only the rows whose amounts changed', () => {
    const next: WallBarRow[] = [
      [1_000_000, 450_000, 250_000, 0.5],
      [500_000, 250_000, 50_000, 0.5],
      [500_000, 200_000, 200_000, 0.5],
    ];
    const { changed, held: after } = diffWallRows(held, next);
    expect(changed).toEqual([
      [0, 1_000_000, 450_000, 250_000, 0.5],
      [1, 500_000, 250_000, 50_000, 0.5],
    ]);
    expect(after).toEqual(next);
  });

  it('leaves out a pace that moved less than a step, and keeps the held pace for it', () => {
    const next: WallBarRow[] = held.map(([goal, closed, open, pace]) => [goal, closed, open, pace + paceStep / 2]);
    const { changed, held: after } = diffWallRows(held, next);
    expect(changed).toEqual([]);
    expect(after).toEqual(held);
  });

  it('sends a pace once it has moved a step from what the walls hold, even in small moves', () => {
    let rows = held;
    let sent = 0;
    for (let minute = 1; minute <= 4; minute += 1) {
      const next: WallBarRow[] = held.map(([goal, closed, open, pace]) => [goal, closed, open, pace + (minute * paceStep) / 2]);
      const result = diffWallRows(rows, next);
      sent += result.changed.length;
      rows = result.held;
    }
    // Two steps in four half-steps: every bar sent twice, and the walls end within a step.
    expect(sent).toBe(6);
    expect(rows[0]![3]).toBeCloseTo(0.5 + 2 * paceStep, 10);
  });

  it('refuses rows of another layout', () => {
    expect(() => diffWallRows(held, held.slice(1))).toThrow(RangeError);
  });
});
