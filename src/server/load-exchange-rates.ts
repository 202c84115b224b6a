import { prisma } from '@/server/db';
import type { ExchangeRate } from '@/domain/pacing/exchange-rates';

/**
 * Each currency's rate to the reporting currency for each month: the rate recorded for
 * that month, or else the latest earlier one; 1 for the reporting currency when none is
 * recorded. A currency with no rate at or before a month is left out for that month.
 * Every returned rate carries the month asked for.
 */
export async function loadExchangeRates(options: { months: readonly Date[]; currencies: readonly string[]; reportingCurrency: string }): Promise<ExchangeRate[]> {
  const { months, currencies, reportingCurrency } = options;
  if (months.length === 0 || currencies.length === 0) return [];
  const latestMonth = new Date(Math.max(...months.map((month) => month.getTime())));
  const rows = await prisma.exchangeRate.findMany({
    where: { currency: { in: [...currencies] }, month: { lte: latestMonth } },
    orderBy: { month: 'desc' },
  });
  const rates: ExchangeRate[] = [];
  for (const month of months) {
    for (const currency of currencies) {
      const row = rows.find((candidate) => candidate.currency === currency && candidate.month.getTime() <= month.getTime());
      if (row) rates.push({ currency, month, rateToReporting: Number(row.rateToReporting) });
      else if (currency === reportingCurrency) rates.push({ currency, month, rateToReporting: 1 });
    }
  }
  return rates;
}
