import { minorUnitDigits } from '@/domain/money';
import { PacingError } from './pacing-error';
import { monthKeyOf, type MonthInput } from './working-days';

// Converting an office's totals into the organisation's reporting currency, with the
// rate recorded for the month being reported.

/** How many units of the reporting currency one unit (major, e.g. one euro) of `currency` is worth in `month`. */
export type ExchangeRate = { currency: string; month: MonthInput; rateToReporting: number };

/**
 * The rate from `currency` to the reporting currency for a month: 1 for the reporting
 * currency itself, otherwise the recorded rate. Throws MISSING_EXCHANGE_RATE naming the
 * currency and month when there is none, and INVALID_INPUT for a rate that is not a
 * positive number or two different rates for the same currency and month.
 */
export function findRateToReporting(options: {
  rates: readonly ExchangeRate[];
  currency: string;
  month: MonthInput;
  reportingCurrency: string;
}): number {
  const { currency, reportingCurrency } = options;
  if (currency === reportingCurrency) return 1;
  const key = monthKeyOf(options.month);
  const matches = options.rates.filter((rate) => rate.currency === currency && monthKeyOf(rate.month) === key);
  const [first] = matches;
  if (first === undefined) {
    throw new PacingError(
      'MISSING_EXCHANGE_RATE',
      `No exchange rate from ${currency} to ${reportingCurrency} for ${key}; add one to report this month.`,
    );
  }
  const rate = first.rateToReporting;
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new PacingError('INVALID_INPUT', `The ${currency} exchange rate for ${key} must be a positive number (got ${rate}).`);
  }
  if (matches.some((other) => other.rateToReporting !== rate)) {
    throw new PacingError('INVALID_INPUT', `There are two different ${currency} exchange rates for ${key}.`);
  }
  return rate;
}

/**
 * An amount in minor units of one currency, in whole minor units of another at `rate`
 * (per major unit). Minor-unit digits are respected: 1_000 JPY at 0.0066 is 660 cents,
 * not 7 cents. Rounded half up, once, at the end.
 */
export function convertMinorUnits(amountMinor: number, fromCurrency: string, rate: number, toCurrency: string): number {
  const scale = 10 ** (minorUnitDigits(toCurrency) - minorUnitDigits(fromCurrency));
  return Math.round(amountMinor * rate * scale);
}
