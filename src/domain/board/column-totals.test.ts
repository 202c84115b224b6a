import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TDealCard } from '@/schemas/deal';
import { splitLaneTotals, weightedCardAmountMinor, weightedColumnTotals } from './column-totals';
import { columnTotals } from './board-view';
import { buildDealCard } from './deal-card-fixture';

const makeCard = (overrides: Partial<TDealCard> & { id: string }) => buildDealCard({ title: 'Licence', ...overrides });

const weights = { BACKLOG: 0, TODO: 250, IN_PROGRESS: 750 };

describe('weightedColumnTotals', () => {
  it('gives each column its count, total and weighted total with the team weights', () => {
    const totals = weightedColumnTotals(
      [
        makeCard({ id: 'a', stage: 'TODO', amountMinor: 1_000 }),
        makeCard({ id: 'b', stage: 'TODO', amountMinor: 3_000 }),
        makeCard({ id: 'c', stage: 'IN_PROGRESS', amountMinor: 2_000 }),
        makeCard({ id: 'd', stage: 'COMPLETED', outcome: 'WON', amountMinor: 5_000, closedAmountMinor: 4_000 }),
        makeCard({ id: 'e', stage: 'COMPLETED', outcome: 'LOST', amountMinor: 9_000 }),
      ],
      () => weights,
    );
    expect(totals.TODO).toEqual({ count: 2, amounts: [{ currency: 'USD', amountMinor: 4_000 }], weighted: [{ currency: 'USD', amountMinor: 1_000 }] });
    expect(totals.IN_PROGRESS.weighted).toEqual([{ currency: 'USD', amountMinor: 1_500 }]);
    expect(totals.COMPLETED).toEqual({ count: 2, amounts: [{ currency: 'USD', amountMinor: 4_000 }], weighted: [{ currency: 'USD', amountMinor: 4_000 }] });
    expect(totals.BACKLOG).toEqual({ count: 0, amounts: [], weighted: [] });
  });

  it('keeps currencies apart and agrees with the plain totals (property)', () => {
    const cardArbitrary = fc.record({
      stage: fc.constantFrom('BACKLOG', 'TODO', 'IN_PROGRESS', 'COMPLETED' as const),
      amountMinor: fc.integer({ min: 0, max: 10_000_000 }),
      currency: fc.constantFrom('USD', 'GBP'),
      outcome: fc.constantFrom('WON', 'LOST' as const),
    });
    fc.assert(
      fc.property(fc.array(cardArbitrary, { maxLength: 30 }), (specs) => {
        const cards = specs.map((spec, index) =>
          makeCard({ id: `c${index}`, ...spec, outcome: spec.stage === 'COMPLETED' ? spec.outcome : null }),
        );
        const weighted = weightedColumnTotals(cards, () => weights);
        const plain = columnTotals(cards);
        for (const stage of ['BACKLOG', 'TODO', 'IN_PROGRESS', 'COMPLETED'] as const) {
          expect(weighted[stage].count).toBe(plain[stage].count);
          expect(weighted[stage].amounts).toEqual(plain[stage].amounts);
          weighted[stage].weighted.forEach((amount, index) => {
            expect(amount.amountMinor).toBeLessThanOrEqual(weighted[stage].amounts[index]!.amountMinor);
          });
        }
      }),
    );
  });

  it('rounds each card to a whole minor unit', () => {
    expect(weightedCardAmountMinor(makeCard({ id: 'a', amountMinor: 3, stage: 'TODO' }), weights)).toBe(1);
  });
});

describe('splitLaneTotals', () => {
  it('keeps open pipeline and won revenue apart, so a smaller close is not a loss of pipeline', () => {
    const open = makeCard({ id: 'a', amountMinor: 10_000 });
    const lane = splitLaneTotals([open, makeCard({ id: 'b', amountMinor: 5_000 })]).get('rep-1')!;
    expect(lane.open).toEqual([{ currency: 'USD', amountMinor: 15_000 }]);
    expect(lane.won).toEqual([]);
    const closedLower = { ...open, stage: 'COMPLETED' as const, outcome: 'WON' as const, closedAmountMinor: 8_000 };
    const after = splitLaneTotals([closedLower, makeCard({ id: 'b', amountMinor: 5_000 })]).get('rep-1')!;
    expect(after.open).toEqual([{ currency: 'USD', amountMinor: 5_000 }]);
    expect(after.won).toEqual([{ currency: 'USD', amountMinor: 8_000 }]);
    expect(after.count).toBe(2);
  });
});
