import { describe, expect, it } from 'vitest';
import { describeSamples, percentile } from './statistics';

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.95)).toBe(95);
    expect(describeSamples([3, 1, 2])).toEqual({ count: 3, median: 2, p95: 3, max: 3 });
  });
});
