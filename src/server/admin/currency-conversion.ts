import type { TransactionClient } from '@/server/db';
import { AppError } from '@/server/errors';
import { monthKey } from '@/domain/calendar';
import { maximumAmountMinor } from '@/schemas/deal';
import { convertAmount, crossRate, missingRatesFor } from '@/domain/admin/currency-moves';

/** Converts amounts into one office's currency at one month's rates (see currency-moves.ts). */
export type CurrencyConversion = {
  to: string;
  /** "YYYY-MM": the month whose rates (or the latest before it) were used. */
  month: string;
  /** Units of `to` per unit of each source currency. */
  rates: Map<string, number>;
};

/**
 * The conversion of amounts in `fromCurrencies` into `to` at the rates of the current
 * month (the latest recorded at or before it), read inside the caller's transaction.
 * Null when nothing needs converting. A missing rate is a 422 naming it: `what` says what
 * would have been converted ("Dana's open deals").
 */
export async function prepareConversion(
  tx: TransactionClient,
  options: { fromCurrencies: Iterable<string>; to: string; now: Date; what: string },
): Promise<CurrencyConversion | null> {
  const from = [...new Set(options.fromCurrencies)].filter((currency) => currency !== options.to);
  if (from.length === 0) return null;
  const month = new Date(Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), 1));
  const organization = await tx.organization.findFirst({ select: { reportingCurrency: true } });
  const reportingCurrency = organization?.reportingCurrency ?? options.to;
  const rows = await tx.exchangeRate.findMany({
    where: { currency: { in: [...from, options.to] }, month: { lte: month } },
    orderBy: { month: 'desc' },
    select: { currency: true, rateToReporting: true },
  });
  const ratesToReporting = new Map<string, number>();
  for (const row of rows) if (!ratesToReporting.has(row.currency)) ratesToReporting.set(row.currency, Number(row.rateToReporting));
  const missing = missingRatesFor({ from, to: options.to, ratesToReporting, reportingCurrency });
  if (missing.length > 0) {
    throw new AppError(
      'UNPROCESSABLE',
      `${options.what} are in ${from.join(' and ')} and would be converted to ${options.to}, but there is no exchange rate for ${missing.join(' or ')} ` +
        `(${monthKey(month)} or earlier). Add it under Exchange rates first.`,
      { missingRates: missing },
    );
  }
  const rates = new Map(from.map((currency) => [currency, crossRate({ from: currency, to: options.to, ratesToReporting, reportingCurrency })!]));
  return { to: options.to, month: monthKey(month), rates };
}

/** An amount in `currency`, in the conversion's currency. */
export function convertWith(conversion: CurrencyConversion | null, amountMinor: number, currency: string): { amountMinor: number; currency: string } {
  const rate = conversion?.rates.get(currency);
  if (!conversion || rate === undefined) return { amountMinor, currency };
  const converted = convertAmount(amountMinor, currency, conversion.to, rate);
  if (!Number.isSafeInteger(converted) || converted > maximumAmountMinor) {
    throw new AppError(
      'UNPROCESSABLE',
      `An amount of ${amountMinor} ${currency} (minor units) would be ${converted} ${conversion.to} after conversion, above the largest amount Cadence keeps (${maximumAmountMinor}). ` +
        'Lower it before the move.',
      { field: 'amountMinor' },
    );
  }
  return { amountMinor: converted, currency: conversion.to };
}

/** What the change says about a conversion (for its answer and its audit entry). */
export function describeConversion(conversion: CurrencyConversion | null): { from: string[]; to: string; month: string; rates: Record<string, number> } | null {
  if (!conversion) return null;
  return { from: [...conversion.rates.keys()], to: conversion.to, month: conversion.month, rates: Object.fromEntries(conversion.rates) };
}
