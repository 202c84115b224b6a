import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHierarchicalRates, shrinkRate } from './shrinkage';

describe('shrinkage', () => {
  it('gives a rep with no history their team’s rate and a long-serving rep their own', () => {
    expect(shrinkRate(0, 0, 5, 3)).toBe(5);
    expect(shrinkRate(10_000, 1_000, 5, 3)).toBeCloseTo(10, 1);
  });

  it('always lands between the rep’s own rate and the parent’s (no cliff)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (count, exposure, parent) => {
        const own = count / exposure;
        const value = shrinkRate(count, exposure, parent, 3);
        expect(value).toBeGreaterThanOrEqual(Math.min(own, parent) - 1e-9);
        expect(value).toBeLessThanOrEqual(Math.max(own, parent) + 1e-9);
      }),
    );
  });

  it('pools rep → team → office → company', () => {
    const rates = createHierarchicalRates({
      company: { count: 100, exposure: 20 },
      offices: new Map([['o', { count: 60, exposure: 10 }]]),
      teams: new Map([['t', { count: 0, exposure: 0 }]]),
      reps: new Map(),
      strengths: { office: 6, team: 6, rep: 3 },
    });
    expect(rates.companyRate).toBe(5);
    expect(rates.officeRate('o')).toBeCloseTo((60 + 30) / 16, 10);
    expect(rates.teamRate('o', 't')).toBeCloseTo(rates.officeRate('o'), 10);
    expect(rates.repRate('o', 't', 'nobody')).toBeCloseTo(rates.officeRate('o'), 10);
  });
});
