import { describe, expect, it } from 'vitest';
import { ageBucketOf, fitPipeline, stageVisits } from './pipeline';
import { addMonths, DAY_MS } from './months';
import type { DealSnapshot, ForecastDeal } from './types';

const identity = { toReporting: (amount: number) => amount };
const start = new Date(Date.UTC(2023, 0, 1));

function deal(id: string, createdAt: Date, stage: DealSnapshot['stage'], closedAt: Date | null, outcome: 'WON' | 'LOST' | null, expectedCloseDate: Date | null = null): ForecastDeal {
  return {
    id,
    currency: 'USD',
    createdAt,
    outcome,
    closedAt,
    closedAmountMinor: outcome === 'WON' ? 1000 : null,
    deletedAt: null,
    timeline: [{ at: createdAt, stage, amountMinor: 1000, ownerId: 'rep', teamId: 'team', expectedCloseDate }],
  };
}

describe('open pipeline', () => {
  // Fresh deals are won within a month of creation; those left a long time in the column are lost.
  const history: ForecastDeal[] = [];
  for (let day = 0; day < 600; day += 2) {
    const createdAt = new Date(start.getTime() + day * DAY_MS);
    history.push(deal(`w${day}`, createdAt, 'TODO', new Date(createdAt.getTime() + 20 * DAY_MS), 'WON'));
    history.push(deal(`l${day}`, createdAt, 'TODO', new Date(createdAt.getTime() + 200 * DAY_MS), 'LOST'));
  }
  const asOf = new Date(start.getTime() + 640 * DAY_MS);
  const fresh = deal('fresh', new Date(asOf.getTime() - 5 * DAY_MS), 'TODO', null, null);
  const stale = deal('stale', new Date(asOf.getTime() - 150 * DAY_MS), 'TODO', null, null);
  const monthStarts = Array.from({ length: 4 }, (_, index) => addMonths(new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), 1)), index));

  it('makes a stale deal less likely than a fresh one when the history says so', () => {
    const { deals } = fitPipeline({ deals: [...history, fresh, stale], asOf, monthStarts, convert: identity });
    const total = (id: string) => deals.find((item) => item.dealId === id)!.chanceByMonth.reduce((sum, chance) => sum + chance, 0);
    expect(total('fresh')).toBeGreaterThan(0.4);
    expect(total('stale')).toBeLessThan(0.1);
  });

  it('pulls half the chance into the month of a future expected close date', () => {
    const target = monthStarts[2]!;
    const dated = deal('dated', new Date(asOf.getTime() - 5 * DAY_MS), 'TODO', null, null, new Date(target.getTime() + 3 * DAY_MS));
    const { deals } = fitPipeline({ deals: [...history, fresh, dated], asOf, monthStarts, convert: identity });
    const plain = deals.find((item) => item.dealId === 'fresh')!.chanceByMonth;
    const pulled = deals.find((item) => item.dealId === 'dated')!.chanceByMonth;
    expect(pulled[2]!).toBeGreaterThan(plain[2]! + 0.2);
    expect(pulled.reduce((a, b) => a + b, 0)).toBeCloseTo(plain.reduce((a, b) => a + b, 0), 10);
  });

  it('reads columns and ages from the timeline', () => {
    const moved: ForecastDeal = { ...fresh, timeline: [...fresh.timeline, { ...fresh.timeline[0]!, at: new Date(asOf.getTime() - DAY_MS), stage: 'IN_PROGRESS' }] };
    expect(stageVisits(moved).map((visit) => visit.stage)).toEqual(['TODO', 'IN_PROGRESS']);
    expect(ageBucketOf(3)).toBe(0);
    expect(ageBucketOf(500)).toBe(3);
  });
});
