import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZMonthRangeQuery, type TExchangeRateTable } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { listMonthKeys } from '@/domain/admin/goal-grid';
import { monthKey, parseMonthKey } from '@/domain/calendar';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';

const maximumMonths = 60;

/** Monthly rates into the reporting currency, a row per currency the offices use (admins). */
export async function getExchangeRates(options: { actor: SessionUser; query: unknown }): Promise<TExchangeRateTable> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'exchange rates'));
  const query = ZMonthRangeQuery.parse(options.query);
  const months = listMonthKeys(query.from, query.to);
  if (months.length > maximumMonths) throw new AppError('UNPROCESSABLE', `Show at most ${maximumMonths} months at once.`);
  const organization = await prisma.organization.findFirst({ orderBy: { createdAt: 'asc' }, select: { reportingCurrency: true } });
  if (!organization) throw new AppError('UNPROCESSABLE', 'Set up the organisation first.');
  const [offices, rates] = await Promise.all([
    prisma.office.findMany({ select: { currency: true }, distinct: ['currency'] }),
    prisma.exchangeRate.findMany({ where: { month: { gte: parseMonthKey(query.from)!, lte: parseMonthKey(query.to)! } } }),
  ]);
  const currencies = [...new Set([...offices.map((office) => office.currency), ...rates.map((rate) => rate.currency)])]
    .filter((currency) => currency !== organization.reportingCurrency)
    .sort();
  const rows = currencies.map((currency) => ({
    currency,
    cells: Object.fromEntries(months.map((month) => [month, null])) as Record<string, number | null>,
  }));
  const byCurrency = new Map(rows.map((row) => [row.currency, row]));
  for (const rate of rates) {
    const row = byCurrency.get(rate.currency);
    if (row) row.cells[monthKey(rate.month)] = Number(rate.rateToReporting);
  }
  return { reportingCurrency: organization.reportingCurrency, months, rows };
}
