import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { burnDownRows, withSimulatedBand } from './burn-down-rows';

// The simulation's band on the burn-down: it starts at today's remaining figure, widens
// to the month end, keeps its edges in order and leaves the past alone.

const point = (date: string, actual: number | null) => ({ date, isWorkingDay: true, idealRemainingMinor: 100, actualRemainingMinor: actual, projectedRemainingMinor: null });

const month = (todayIndex: number, remainingToday: number) =>
  burnDownRows({ points: Array.from({ length: 30 }, (_, index) => point(`2026-06-${String(index + 1).padStart(2, '0')}`, index <= todayIndex ? remainingToday + (todayIndex - index) * 10 : null)) });

describe('withSimulatedBand', () => {
  it('opens at today’s remaining and ends at today’s remaining less the simulated further wins', () => {
    const rows = withSimulatedBand(month(9, 50_000), { alreadyWon: 30_000, p10: 40_000, p50: 60_000, p90: 90_000 });
    expect(rows[8]!.band).toBeNull();
    expect(rows[9]!.band).toEqual([50_000, 50_000]);
    // Month end: 50,000 still to win, and the simulation expects 10,000 (P10) to 60,000 (P90) more.
    expect(rows[29]!.band).toEqual([-10_000, 40_000]);
    expect(rows[29]!.simulated).toBe(20_000);
  });

  it('never lets the band rise above today’s figure when the simulation counts more already won than it expects', () => {
    const rows = withSimulatedBand(month(20, 5_000), { alreadyWon: 100_000, p10: 90_000, p50: 100_000, p90: 120_000 });
    expect(rows[29]!.band).toEqual([-15_000, 5_000]);
  });

  it('draws no band before the month has begun', () => {
    const future = burnDownRows({ points: [point('2026-07-01', null), point('2026-07-02', null)] });
    expect(withSimulatedBand(future, { alreadyWon: 0, p10: 1, p50: 2, p90: 3 }).every((row) => row.band === null)).toBe(true);
  });

  it('keeps P90 below P10 (more won, less remaining) and the median between, on every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.integer({ min: -1e6, max: 1e7 }), fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 4, maxLength: 4 }), (today, remaining, raw) => {
        const [alreadyWon, p10, p50, p90] = [...raw].sort((a, b) => a - b) as [number, number, number, number];
        for (const row of withSimulatedBand(month(today, remaining), { alreadyWon, p10, p50, p90 })) {
          if (!row.band) continue;
          expect(row.band[0]).toBeLessThanOrEqual(row.simulated!);
          expect(row.simulated!).toBeLessThanOrEqual(row.band[1]);
          expect(row.band[1]).toBeLessThanOrEqual(remaining);
        }
      }),
    );
  });
});
