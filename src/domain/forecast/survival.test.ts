import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSurvival, medianDaysToClose, openAt, wonBy, type Observation } from './survival';

function exponentialDeals(seed: number, count: number, meanDays: number, studyDays: number): Observation[] {
  const rng = xoroshiro128plus(seed);
  const uniform = () => ((rng.next() >>> 0) + 0.5) / 4_294_967_296;
  return Array.from({ length: count }, () => {
    const createdDay = uniform() * studyDays;
    const days = -Math.log(uniform()) * meanDays;
    const observed = studyDays - createdDay;
    if (days > observed) return { days: observed, outcome: 0 as const };
    return { days, outcome: uniform() < 0.3 ? (1 as const) : (2 as const) };
  });
}

describe('time to close with open deals censored', () => {
  it('recovers the true median of long deals where counting only closed deals is biased short', () => {
    // Deals take 90 days on average; the history is only 180 days long, so many are still open.
    const observations = exponentialDeals(3, 6000, 90, 180);
    const trueMedian = 90 * Math.log(2);
    const estimated = medianDaysToClose(fitSurvival(observations)) as number;
    expect(Math.abs(estimated - trueMedian) / trueMedian).toBeLessThan(0.08);
    const closed = observations.filter((observation) => observation.outcome !== 0).map((observation) => observation.days).sort((a, b) => a - b);
    const naiveMedian = closed[Math.floor(closed.length / 2)] as number;
    expect(naiveMedian).toBeLessThan(trueMedian * 0.75);
  });

  it('splits closes into wins by the win share (Aalen–Johansen)', () => {
    const curve = fitSurvival(exponentialDeals(5, 6000, 30, 400));
    // Almost every deal closes within a year; about 30% of them are won.
    expect(openAt(curve, 365)).toBeLessThan(0.01);
    expect(wonBy(curve, 365)).toBeGreaterThan(0.27);
    expect(wonBy(curve, 365)).toBeLessThan(0.33);
  });

  it('keeps the still-open chance non-increasing and wins within what has closed', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ days: fc.integer({ min: 0, max: 400 }), outcome: fc.constantFrom(0, 1, 2) }), { minLength: 1, maxLength: 80 }), (raw) => {
        const curve = fitSurvival(raw as Observation[]);
        for (let index = 0; index < curve.times.length; index += 1) {
          const open = curve.open[index] as number;
          expect(open).toBeGreaterThanOrEqual(-1e-12);
          if (index > 0) expect(open).toBeLessThanOrEqual((curve.open[index - 1] as number) + 1e-12);
          expect(curve.won[index] as number).toBeLessThanOrEqual(1 - open + 1e-9);
        }
      }),
    );
  });
});
