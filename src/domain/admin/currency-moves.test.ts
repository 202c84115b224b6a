import { describe, expect, it } from 'vitest';
import { convertAmount, crossRate, missingRatesFor, refusalToChangeOfficeCurrency, refusalToMoveTeamAcrossCurrencies } from './currency-moves';

const rates = new Map([
  ['GBP', 1.25],
  ['JPY', 0.0066],
]);

describe('crossRate and convertAmount', () => {
  it('goes through the reporting currency', () => {
    expect(crossRate({ from: 'USD', to: 'USD', ratesToReporting: rates, reportingCurrency: 'USD' })).toBe(1);
    expect(crossRate({ from: 'GBP', to: 'USD', ratesToReporting: rates, reportingCurrency: 'USD' })).toBe(1.25);
    expect(crossRate({ from: 'USD', to: 'GBP', ratesToReporting: rates, reportingCurrency: 'USD' })).toBeCloseTo(0.8, 12);
    expect(crossRate({ from: 'EUR', to: 'GBP', ratesToReporting: rates, reportingCurrency: 'USD' })).toBeNull();
    // $20,000.00 is £16,000.00; ¥1,000,000 is £5,280.00.
    expect(convertAmount(2_000_000, 'USD', 'GBP', 0.8)).toBe(1_600_000);
    expect(convertAmount(1_000_000, 'JPY', 'GBP', 0.0066 / 1.25)).toBe(528_000);
    expect(convertAmount(123, 'USD', 'USD', 1)).toBe(123);
  });

  it('names the currencies whose rate is missing', () => {
    expect(missingRatesFor({ from: ['USD', 'GBP'], to: 'GBP', ratesToReporting: rates, reportingCurrency: 'USD' })).toEqual([]);
    expect(missingRatesFor({ from: ['USD'], to: 'EUR', ratesToReporting: rates, reportingCurrency: 'USD' })).toEqual(['EUR']);
    expect(missingRatesFor({ from: ['CHF', 'GBP'], to: 'EUR', ratesToReporting: rates, reportingCurrency: 'USD' })).toEqual(['CHF', 'EUR']);
  });
});

describe('refusals', () => {
  it('lets an office change currency only while nothing is recorded in it', () => {
    expect(refusalToChangeOfficeCurrency({ officeName: 'Berlin', from: 'EUR', to: 'EUR', dealCount: 4, goalCount: 1 })).toBeNull();
    expect(refusalToChangeOfficeCurrency({ officeName: 'Berlin', from: 'EUR', to: 'USD', dealCount: 0, goalCount: 0 })).toBeNull();
    expect(refusalToChangeOfficeCurrency({ officeName: 'Berlin', from: 'EUR', to: 'USD', dealCount: 4, goalCount: 1 })).toMatch(
      /^Berlin already has 4 deals and 1 goal in EUR, so its currency cannot change to USD/,
    );
  });

  it('lets a team move to an office of another currency only while it has no deals or goals', () => {
    const base = { teamName: 'Falcons', officeName: 'London', from: 'USD', dealCount: 1, goalCount: 0 };
    expect(refusalToMoveTeamAcrossCurrencies({ ...base, to: 'USD' })).toBeNull();
    expect(refusalToMoveTeamAcrossCurrencies({ ...base, to: 'GBP', dealCount: 0 })).toBeNull();
    expect(refusalToMoveTeamAcrossCurrencies({ ...base, to: 'GBP' })).toMatch(/^Falcons has 1 deal in USD, and London works in GBP/);
  });
});
