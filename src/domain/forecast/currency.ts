import { minorUnitDigits } from '@/domain/money';
import { ForecastError } from './forecast-error';
import { monthKey, monthStartOf } from './months';
import type { ForecastExchangeRate } from './types';

/**
 * Converts minor units of a currency into (fractional) minor units of the reporting
 * currency at the latest rate recorded at or before `month`. The simulation keeps
 * fractions and rounds only what it reports.
 */
export function createCurrencyConverter(options: { rates: readonly ForecastExchangeRate[]; reportingCurrency: string }) {
  const { reportingCurrency } = options;
  const byCurrency = new Map<string, ForecastExchangeRate[]>();
  for (const rate of options.rates) {
    const list = byCurrency.get(rate.currency) ?? [];
    list.push(rate);
    byCurrency.set(rate.currency, list);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => a.month.getTime() - b.month.getTime());
  const reportingDigits = minorUnitDigits(reportingCurrency);

  function rateFor(currency: string, month: Date): number {
    if (currency === reportingCurrency) return 1;
    const list = byCurrency.get(currency) ?? [];
    const time = monthStartOf(month).getTime();
    let found: ForecastExchangeRate | undefined;
    for (const rate of list) if (rate.month.getTime() <= time) found = rate;
    // Before the first recorded rate, the first one is the best guess there is.
    found ??= list[0];
    if (!found || !(found.rateToReporting > 0)) {
      throw new ForecastError('MISSING_EXCHANGE_RATE', `No exchange rate from ${currency} to ${reportingCurrency} for ${monthKey(month)}.`);
    }
    return found.rateToReporting;
  }

  return {
    toReporting(amountMinor: number, currency: string, month: Date): number {
      if (currency === reportingCurrency) return amountMinor;
      return amountMinor * rateFor(currency, month) * 10 ** (reportingDigits - minorUnitDigits(currency));
    },
    /** The other way: reporting minor units into (fractional) minor units of `currency`, at the same rate. */
    fromReporting(amountMinor: number, currency: string, month: Date): number {
      if (currency === reportingCurrency) return amountMinor;
      return (amountMinor / rateFor(currency, month)) * 10 ** (minorUnitDigits(currency) - reportingDigits);
    },
  };
}
