import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoardRuleError } from './board-rule-error';
import {
  compareByPosition,
  minimumPositionGap,
  placeInColumn,
  positionBetween,
  positionStep,
  type ColumnPlacement,
  type PositionedCard,
} from './positions';

const column = (...entries: [string, number][]): PositionedCard[] => entries.map(([id, position]) => ({ id, position }));

/** Ids top to bottom. */
const orderOf = (cards: readonly PositionedCard[]) => [...cards].sort(compareByPosition).map((card) => card.id);

/** Saves a placement the way a caller would: the moved card, or the whole column if rebalanced. */
function applyPlacement(cards: PositionedCard[], movingDealId: string, placement: ColumnPlacement): PositionedCard[] {
  const result = placeInColumn(cards, placement, movingDealId);
  if (result.rebalanced.length > 0) return result.rebalanced.map((card) => ({ ...card }));
  return [...cards.filter((card) => card.id !== movingDealId), { id: movingDealId, position: result.position }];
}

function expectPlacementError(run: () => unknown, messagePart: string) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BoardRuleError);
  expect((caught as BoardRuleError).code).toBe('INVALID_PLACEMENT');
  expect((caught as BoardRuleError).message).toContain(messagePart);
}

describe('positionBetween', () => {
  it('takes the midpoint of two neighbours', () => {
    expect(positionBetween(1024, 2048)).toBe(1536);
    expect(positionBetween(-3, 5)).toBe(1);
  });

  it('steps a full gap past a single neighbour, and starts an empty column at one step', () => {
    expect(positionBetween(2048, null)).toBe(2048 + positionStep);
    expect(positionBetween(null, 1024)).toBe(0);
    expect(positionBetween(null, null)).toBe(positionStep);
  });

  it('does not overflow for huge neighbours', () => {
    expect(positionBetween(Number.MAX_VALUE, Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
  });
});

describe('placeInColumn', () => {
  const abc = column(['a', 1024], ['b', 2048], ['c', 3072]);

  it('puts a card in an empty column at one step', () => {
    expect(placeInColumn([], {}, 'new')).toEqual({ position: 1024, rebalanced: [] });
  });

  it('puts a card at the bottom when no neighbour is given (null or absent)', () => {
    expect(placeInColumn(abc, {}, 'new').position).toBe(3072 + 1024);
    expect(placeInColumn(abc, { afterDealId: null, beforeDealId: null }, 'new').position).toBe(4096);
  });

  it('puts a card directly below afterDealId', () => {
    expect(placeInColumn(abc, { afterDealId: 'a' }, 'new').position).toBe(1536);
    expect(placeInColumn(abc, { afterDealId: 'c' }, 'new').position).toBe(4096);
  });

  it('puts a card directly above beforeDealId', () => {
    expect(placeInColumn(abc, { beforeDealId: 'a' }, 'new').position).toBe(0);
    expect(placeInColumn(abc, { beforeDealId: 'c' }, 'new').position).toBe(2560);
  });

  it('puts a card between two adjacent neighbours', () => {
    expect(placeInColumn(abc, { afterDealId: 'b', beforeDealId: 'c' }, 'new')).toEqual({ position: 2560, rebalanced: [] });
  });

  it('goes directly below afterDealId when the two neighbours are not adjacent', () => {
    // Someone slipped b in between a and c since the browser last looked.
    expect(placeInColumn(abc, { afterDealId: 'a', beforeDealId: 'c' }, 'new').position).toBe(1536);
    // Reversed neighbours are not adjacent either.
    expect(placeInColumn(abc, { afterDealId: 'c', beforeDealId: 'a' }, 'new').position).toBe(4096);
  });

  it('ignores the moving card’s own old place', () => {
    // Moving a down one: between b and c, judged as if a were not there.
    expect(placeInColumn(abc, { afterDealId: 'b', beforeDealId: 'c' }, 'a').position).toBe(2560);
    // Neighbours adjacent only once a is taken out.
    expect(placeInColumn(abc, { afterDealId: 'b' }, 'a').position).toBe(2560);
    // Already at the bottom: stays below c, never below itself.
    expect(placeInColumn(abc, {}, 'c').position).toBe(2048 + 1024);
  });

  it('reads the column in position order, whatever order it comes in', () => {
    const shuffled = column(['c', 3072], ['a', 1024], ['b', 2048]);
    expect(placeInColumn(shuffled, { afterDealId: 'a' }, 'new').position).toBe(1536);
    expect(placeInColumn(shuffled, {}, 'new').position).toBe(4096);
  });

  it('refuses a neighbour that is not in the column', () => {
    expectPlacementError(() => placeInColumn(abc, { afterDealId: 'ghost' }, 'new'), 'ghost');
    expectPlacementError(() => placeInColumn(abc, { beforeDealId: 'ghost' }, 'new'), 'below');
    expectPlacementError(() => placeInColumn(abc, { afterDealId: 'a', beforeDealId: 'ghost' }, 'new'), 'ghost');
  });

  it('refuses the moving card as its own neighbour', () => {
    expectPlacementError(() => placeInColumn(abc, { afterDealId: 'b' }, 'b'), 'itself');
    expectPlacementError(() => placeInColumn(abc, { beforeDealId: 'new' }, 'new'), 'itself');
  });

  it('returns no rebalance while there is room', () => {
    expect(placeInColumn(abc, { afterDealId: 'a' }, 'new').rebalanced).toEqual([]);
  });

  it('spaces the whole column out again once a gap is worn too thin', () => {
    const tight = column(['a', 1], ['b', 1 + minimumPositionGap], ['c', 9]);
    const result = placeInColumn(tight, { afterDealId: 'a', beforeDealId: 'b' }, 'new');
    expect(result.rebalanced).toEqual([
      { id: 'a', position: 1024 },
      { id: 'new', position: 2048 },
      { id: 'b', position: 3072 },
      { id: 'c', position: 4096 },
    ]);
    expect(result.position).toBe(2048);
  });

  it('spaces the column out when two neighbours share a position', () => {
    const tied = column(['a', 5], ['b', 5]);
    const result = placeInColumn(tied, { afterDealId: 'a' }, 'new');
    expect(result.rebalanced.map((card) => card.id)).toEqual(['a', 'new', 'b']);
  });

  it('repairs a column holding a broken position', () => {
    const broken = column(['a', 1024], ['b', Number.NaN]);
    const result = placeInColumn(broken, {}, 'new');
    expect(result.rebalanced).toEqual([
      { id: 'a', position: 1024 },
      { id: 'b', position: 2048 },
      { id: 'new', position: 3072 },
    ]);
  });

  it('rebalances after about thirty drops into the same slot, and keeps the order', () => {
    let cards = column(['top', 1024], ['bottom', 2048]);
    let rebalancedAt: number | null = null;
    for (let drop = 1; drop <= 40; drop += 1) {
      const result = placeInColumn(cards, { afterDealId: 'top' }, `card-${drop}`);
      if (result.rebalanced.length > 0 && rebalancedAt === null) rebalancedAt = drop;
      cards = applyPlacement(cards, `card-${drop}`, { afterDealId: 'top' });
    }
    expect(rebalancedAt).toBeGreaterThan(25);
    expect(rebalancedAt).toBeLessThan(35);
    const expected = ['top', ...Array.from({ length: 40 }, (_, index) => `card-${40 - index}`), 'bottom'];
    expect(orderOf(cards)).toEqual(expected);
  });

  it('never changes the column it is given', () => {
    const original = column(['b', 2048], ['a', 1024]);
    const copy = structuredClone(original);
    placeInColumn(original, { afterDealId: 'a' }, 'b');
    placeInColumn(column(['a', 1], ['b', 1]), { afterDealId: 'a' }, 'new');
    expect(original).toEqual(copy);
  });
});

describe('placeInColumn properties', () => {
  type Step = { cardIndex: number; targetIndex: number; hint: 'after' | 'before' | 'both' | 'none'; repeat: number };

  // Most steps move or add one card. A few drop a burst of new cards into one slot, one
  // after another, which halves the same gap each time until it has to be spaced out.
  const step: fc.Arbitrary<Step> = fc.record({
    cardIndex: fc.nat({ max: 30 }),
    targetIndex: fc.nat({ max: 30 }),
    hint: fc.constantFrom('after', 'before', 'both', 'none'),
    repeat: fc.oneof({ arbitrary: fc.constant(1), weight: 5 }, { arbitrary: fc.integer({ min: 30, max: 70 }), weight: 1 }),
  });

  /** How a browser would describe dropping a card at `target` in `intended` (which excludes it). */
  function placementFor(intended: readonly string[], target: number, hint: Step['hint']): ColumnPlacement {
    const above = intended[target - 1] ?? null;
    const below = intended[target] ?? null;
    if (hint === 'none' && below === null) return {};
    if (hint === 'after' && above !== null) return { afterDealId: above };
    if (hint === 'before' && below !== null) return { beforeDealId: below };
    return { afterDealId: above, beforeDealId: below };
  }

  it('keeps positions finite, strictly increasing and in the intended order', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        let cards: PositionedCard[] = [];
        let intended: string[] = [];
        let nextId = 0;
        for (const { cardIndex, targetIndex, hint, repeat } of steps) {
          for (let drop = 0; drop < repeat; drop += 1) {
            // Move an existing card, or add a new one (always new within a burst).
            const isMove = repeat === 1 && cardIndex < intended.length;
            const movingDealId = isMove ? intended[cardIndex]! : `deal-${nextId++}`;
            const remaining = intended.filter((id) => id !== movingDealId);
            const target = targetIndex % (remaining.length + 1);
            cards = applyPlacement(cards, movingDealId, placementFor(remaining, target, hint));
            intended = [...remaining.slice(0, target), movingDealId, ...remaining.slice(target)];
          }

          const sorted = [...cards].sort(compareByPosition);
          expect(sorted.map((card) => card.id)).toEqual(intended);
          const isStrictlyIncreasing = sorted.every(
            (card, index) => Number.isFinite(card.position) && (index === 0 || card.position > sorted[index - 1]!.position),
          );
          expect(isStrictlyIncreasing).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('with non-adjacent neighbours, always lands directly below afterDealId', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 3, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (rawPositions, afterPick, beforePick) => {
          const cards = rawPositions.map((position, index) => ({ id: `deal-${index}`, position }));
          const ordered = [...cards].sort(compareByPosition);
          const afterIndex = afterPick % ordered.length;
          const candidates = ordered.filter((_, index) => index !== afterIndex + 1);
          const before = candidates[beforePick % candidates.length]!;
          const after = ordered[afterIndex]!;

          const result = placeInColumn(cards, { afterDealId: after.id, beforeDealId: before.id }, 'moving');
          const placed = [...cards, { id: 'moving', position: result.position }].sort(compareByPosition);
          expect(placed[afterIndex + 1]!.id).toBe('moving');
          expect(result.rebalanced).toEqual([]);
        },
      ),
    );
  });
});
