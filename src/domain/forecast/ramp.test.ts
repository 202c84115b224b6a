import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, MONTH_DAYS } from './months';
import { DEFAULT_RAMP, fitRamp, isValidRamp, makeNonDecreasing, rampAt, type RepActivity } from './ramp';

const MONTH_MS = MONTH_DAYS * DAY_MS;
const historyStart = new Date(Date.UTC(2021, 0, 1));

function syntheticReps(seed: number, truth: readonly number[], hires: number): RepActivity[] {
  const rng = xoroshiro128plus(seed);
  const uniform = () => ((rng.next() >>> 0) + 0.5) / 4_294_967_296;
  const end = historyStart.getTime() + 48 * MONTH_MS;
  const reps: RepActivity[] = [];
  for (let index = 0; index < 10 + hires; index += 1) {
    const isHire = index >= 10;
    const start = isHire ? historyStart.getTime() + (index - 10) * 2 * MONTH_MS : historyStart.getTime() - 36 * MONTH_MS;
    const createdAt: number[] = [];
    // Poisson process, 8 deals a month at steady state, thinned by the true ramp.
    for (let time = Math.max(start, historyStart.getTime()); time < end; ) {
      time += (-Math.log(uniform()) * MONTH_MS) / 8;
      const since = (time - start) / MONTH_MS;
      if (time < end && uniform() < rampAt(truth, since)) createdAt.push(time);
    }
    reps.push({ startDate: new Date(start), observedUntil: new Date(end), createdAt });
  }
  return reps;
}

describe('ramp curve', () => {
  it('recovers a known ramp from hires in the history', () => {
    const truth = [0.15, 0.35, 0.6, 0.75, 0.9, 1];
    const fitted = fitRamp({ reps: syntheticReps(11, truth, 20), historyStart });
    expect(fitted.source).toBe('learned');
    fitted.values.forEach((value, month) => expect(Math.abs(value - (truth[month] as number))).toBeLessThan(0.1));
  });

  it('falls back to the default curve with too few hires, and says how many it saw', () => {
    const fitted = fitRamp({ reps: syntheticReps(11, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], 2), historyStart });
    expect(fitted).toEqual({ values: [...DEFAULT_RAMP], source: 'default', hiresSeen: 2 });
  });

  it('is 0 before the start and 1 after the ramp', () => {
    expect(rampAt([0.2, 0.5], -0.1)).toBe(0);
    expect(rampAt([0.2, 0.5], 1.5)).toBe(0.5);
    expect(rampAt([0.2, 0.5], 2)).toBe(1);
  });

  it('validates an override between 0 and 1', () => {
    expect(isValidRamp([0, 0.5, 1])).toBe(true);
    expect(isValidRamp([0.2, 1.2])).toBe(false);
    expect(isValidRamp([-0.1])).toBe(false);
    expect(isValidRamp([])).toBe(false);
  });

  it('makes any sequence non-decreasing without changing a sorted one', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (values) => {
        const result = makeNonDecreasing(values, values.map(() => 1));
        expect(result).toHaveLength(values.length);
        for (let index = 1; index < result.length; index += 1) expect(result[index] as number).toBeGreaterThanOrEqual((result[index - 1] as number) - 1e-12);
        const sorted = [...values].sort((a, b) => a - b);
        makeNonDecreasing(sorted, sorted.map(() => 1)).forEach((value, index) => expect(value).toBeCloseTo(sorted[index] as number, 12));
      }),
    );
  });
});
