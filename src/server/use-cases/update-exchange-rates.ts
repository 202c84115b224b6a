import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { ZUpdateExchangeRatesInput } from '@/schemas/admin';
import { refusalToAdministerOrganisation } from '@/domain/admin/permissions';
import { monthKey, parseMonthKey } from '@/domain/calendar';
import { assertAllowed, loadAdminActor } from '@/server/admin/authorize';
import { adminTransactionOptions, writeAuditEntries, type AuditRecord } from '@/server/admin/audit';
import { refreshWallFigures } from '@/server/admin/refresh-walls';

/** Records monthly rates into the reporting currency (admins); each one set is audited. */
export async function updateExchangeRates(options: { actor: SessionUser; input: unknown }): Promise<{ updated: number }> {
  assertAllowed(refusalToAdministerOrganisation(await loadAdminActor(options.actor), 'exchange rates'));
  const input = ZUpdateExchangeRatesInput.parse(options.input);
  const rates = [...new Map(input.rates.map((rate) => [`${rate.currency}|${rate.month}`, rate])).values()];
  const updated = await prisma.$transaction(async (tx) => {
    const organization = await tx.organization.findFirst({ orderBy: { createdAt: 'asc' }, select: { reportingCurrency: true } });
    if (!organization) throw new AppError('UNPROCESSABLE', 'Set up the organisation first.');
    const reporting = rates.find((rate) => rate.currency === organization.reportingCurrency);
    if (reporting) throw new AppError('UNPROCESSABLE', `${reporting.currency} is the reporting currency; its rate is always 1.`);
    const audit: AuditRecord[] = [];
    for (const rate of rates) {
      const month = parseMonthKey(rate.month)!;
      const before = await tx.exchangeRate.findUnique({ where: { currency_month: { currency: rate.currency, month } } });
      if (before && Number(before.rateToReporting) === rate.rateToReporting) continue;
      const after = await tx.exchangeRate.upsert({
        where: { currency_month: { currency: rate.currency, month } },
        create: { currency: rate.currency, month, rateToReporting: rate.rateToReporting.toString() },
        update: { rateToReporting: rate.rateToReporting.toString() },
      });
      const describe = (row: typeof after) => ({ currency: row.currency, month: monthKey(row.month), rateToReporting: Number(row.rateToReporting) });
      audit.push({
        actorId: options.actor.id,
        action: 'exchange-rate.update',
        objectType: 'ExchangeRate',
        objectId: after.id,
        before: before ? describe(before) : null,
        after: describe(after),
      });
    }
    await writeAuditEntries(tx, audit);
    return audit.length;
  }, adminTransactionOptions);
  if (updated > 0) refreshWallFigures();
  return { updated };
}
