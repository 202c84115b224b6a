import { describe, expect, it } from 'vitest';
import { convertMinorUnits, findRateToReporting } from './exchange-rates';
import { isDomainError } from '@/domain/domain-error';

const rates = [
  { currency: 'EUR', month: new Date('2026-03-01T00:00:00Z'), rateToReporting: 1.08 },
  { currency: 'EUR', month: '2026-04', rateToReporting: 1.1 },
  { currency: 'JPY', month: '2026-03', rateToReporting: 0.0066 },
];

describe('findRateToReporting', () => {
  it("takes the month's rate, however the month is written", () => {
    expect(findRateToReporting({ rates, currency: 'EUR', month: '2026-03', reportingCurrency: 'USD' })).toBe(1.08);
    expect(findRateToReporting({ rates, currency: 'EUR', month: new Date('2026-04-01T00:00:00Z'), reportingCurrency: 'USD' })).toBe(1.1);
  });

  it('needs no rate for the reporting currency itself', () => {
    expect(findRateToReporting({ rates: [], currency: 'USD', month: '2026-03', reportingCurrency: 'USD' })).toBe(1);
  });

  it('names the currency and month when a rate is missing', () => {
    try {
      findRateToReporting({ rates, currency: 'GBP', month: '2026-03', reportingCurrency: 'USD' });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, 'pacing') && error.code).toBe('MISSING_EXCHANGE_RATE');
      expect((error as Error).message).toBe('No exchange rate from GBP to USD for 2026-03; add one to report this month.');
    }
    expect(() => findRateToReporting({ rates, currency: 'EUR', month: '2026-05', reportingCurrency: 'USD' })).toThrow(/EUR to USD for 2026-05/);
  });

  it('rejects a rate that is not positive and two rates for one month', () => {
    const zero = [{ currency: 'EUR', month: '2026-03', rateToReporting: 0 }];
    expect(() => findRateToReporting({ rates: zero, currency: 'EUR', month: '2026-03', reportingCurrency: 'USD' })).toThrow(/positive/);
    const twice = [...rates, { currency: 'EUR', month: '2026-03', rateToReporting: 1.2 }];
    expect(() => findRateToReporting({ rates: twice, currency: 'EUR', month: '2026-03', reportingCurrency: 'USD' })).toThrow(/two different/);
  });
});

describe('convertMinorUnits', () => {
  it('converts between currencies with different minor units', () => {
    expect(convertMinorUnits(100_000, 'EUR', 1.08, 'USD')).toBe(108_000);
    // ¥1,000 at $0.0066 is $6.60.
    expect(convertMinorUnits(1_000, 'JPY', 0.0066, 'USD')).toBe(660);
    // $6.60 at ¥151.5 per dollar is ¥999.9, rounded to ¥1,000.
    expect(convertMinorUnits(660, 'USD', 151.5, 'JPY')).toBe(1_000);
    expect(convertMinorUnits(1_000, 'USD', 1, 'KWD')).toBe(10_000);
  });
});
