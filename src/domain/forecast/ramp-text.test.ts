import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRampPercentages, parseRampPercentages } from './ramp-text';

describe('ramp curve as typed percentages', () => {
  it('reads commas, spaces and percent signs', () => {
    expect(parseRampPercentages('10, 30 50%;70')).toEqual([0.1, 0.3, 0.5, 0.7]);
    expect(parseRampPercentages('12.5')).toEqual([0.125]);
    expect(parseRampPercentages('  ')).toEqual([]);
  });

  it('keeps what is not a number as NaN so the schema can name it, and a negative as it is', () => {
    const parsed = parseRampPercentages('10, half, -5');
    expect(parsed[0]).toBe(0.1);
    expect(Number.isNaN(parsed[1])).toBe(true);
    expect(parsed[2]).toBe(-0.05);
  });

  it('writes shares as percentages that read back to the same shares', () => {
    expect(formatRampPercentages([0.1, 0.3, 0.955])).toBe('10, 30, 95.5');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 24 }), (perMille) => {
        const shares = perMille.map((value) => value / 1000);
        expect(parseRampPercentages(formatRampPercentages(shares))).toEqual(shares);
      }),
    );
  });
});
