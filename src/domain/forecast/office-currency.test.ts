import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCurrencyConverter } from './currency';
import { figuresInCurrency, scopeCurrency } from './office-currency';

const history = {
  reportingCurrency: 'USD',
  offices: [
    { id: 'ny', name: 'New York', currency: 'USD' },
    { id: 'be', name: 'Berlin', currency: 'EUR' },
    { id: 'tk', name: 'Tokyo', currency: 'JPY' },
  ],
  teams: [
    { id: 'berlin-team', name: 'Berlin sales', officeId: 'be' },
    { id: 'tokyo-team', name: 'Tokyo sales', officeId: 'tk' },
  ],
  people: [{ id: 'rep-1', name: 'Rita', teamId: 'berlin-team', sells: true, startDate: new Date('2025-01-01'), deactivatedAt: null }],
  exchangeRates: [
    { currency: 'EUR', month: new Date('2026-01-01T00:00:00Z'), rateToReporting: 1.1 },
    { currency: 'EUR', month: new Date('2026-03-01T00:00:00Z'), rateToReporting: 1.25 },
    { currency: 'JPY', month: new Date('2026-01-01T00:00:00Z'), rateToReporting: 0.0065 },
  ],
};

const month = (name: string, amount: number) => ({ month: name, p10: amount / 2, p50: amount, p90: amount * 2, mean: amount, alreadyWon: 0, pipeline: amount / 4, currentReps: amount / 2, plannedHires: amount / 4 });

describe('forecast figures in an office’s currency', () => {
  it('knows the currency of each scope: the company reports, the rest follow their office', () => {
    expect(scopeCurrency(history, { kind: 'company', id: null })).toBe('USD');
    expect(scopeCurrency(history, { kind: 'office', id: 'be' })).toBe('EUR');
    expect(scopeCurrency(history, { kind: 'team', id: 'tokyo-team' })).toBe('JPY');
    expect(scopeCurrency(history, { kind: 'rep', id: 'rep-1' })).toBe('EUR');
    expect(scopeCurrency(history, { kind: 'team', id: 'gone' })).toBe('USD');
  });

  it('converts each month back at that month’s rate (the latest known for months ahead), across minor-unit digits', () => {
    const figures = { actuals: [{ month: '2026-02', amount: 110_000 }], months: [month('2026-04', 125_000)] };
    const euros = figuresInCurrency(history, figures, 'EUR');
    expect(euros.actuals).toEqual([{ month: '2026-02', amount: 100_000 }]);
    expect(euros.months[0]).toMatchObject({ p50: 100_000, p10: 50_000, p90: 200_000, pipeline: 25_000 });
    // 650 US cents is 1,000 yen (no minor digits).
    const yen = figuresInCurrency(history, { actuals: [], months: [month('2026-05', 650)] }, 'JPY');
    expect(yen.months[0]!.p50).toBe(1_000);
    expect(figuresInCurrency(history, figures, 'USD')).toBe(figures);
  });

  it('round-trips: an amount converted to reporting and back is the same amount', () => {
    const convert = createCurrencyConverter({ rates: history.exchangeRates, reportingCurrency: 'USD' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom('EUR', 'JPY', 'USD'), fc.constantFrom('2025-12', '2026-02', '2026-07'), (amount, currency, name) => {
        const at = new Date(`${name}-01T00:00:00Z`);
        expect(Math.round(convert.fromReporting(convert.toReporting(amount, currency, at), currency, at))).toBe(amount);
      }),
    );
  });

  it('keeps the quantiles in order after converting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b, c) => {
        const [p10, p50, p90] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const converted = figuresInCurrency(history, { actuals: [], months: [{ ...month('2026-06', p50), p10, p90 }] }, 'EUR').months[0]!;
        expect(converted.p10).toBeLessThanOrEqual(converted.p50);
        expect(converted.p50).toBeLessThanOrEqual(converted.p90);
      }),
    );
  });
});
