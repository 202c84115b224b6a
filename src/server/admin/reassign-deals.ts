import type { TransactionClient } from '@/server/db';
import type { TDealChange } from '@/schemas/deal';
import { recordDealChange } from '@/server/board/record-deal-change';
import { announce } from '@/server/events';
import { convertWith, prepareConversion, type CurrencyConversion } from './currency-conversion';

/**
 * Gives deals a new owner and/or team of record inside the caller's transaction, one
 * REASSIGNED DealEvent each. A deal in another currency than the new team's office is
 * converted into it at this month's rates in the same change (a missing rate refuses
 * the whole change with 422). Returns the changes, to broadcast after the commit, and
 * the conversion made, if any.
 */
export async function reassignDeals(
  tx: TransactionClient,
  options: { dealIds: readonly string[]; ownerId?: string; teamId: string; actor: { id: string; name: string }; now?: Date; what?: string },
): Promise<{ changes: TDealChange[]; conversion: CurrencyConversion | null }> {
  const changes: TDealChange[] = [];
  if (options.dealIds.length === 0) return { changes, conversion: null };
  const target = await tx.team.findUniqueOrThrow({ where: { id: options.teamId }, select: { office: { select: { currency: true } } } });
  const deals = await tx.deal.findMany({ where: { id: { in: [...options.dealIds] } } });
  const conversion = await prepareConversion(tx, {
    fromCurrencies: deals.map((deal) => deal.currency),
    to: target.office.currency,
    now: options.now ?? new Date(),
    what: options.what ?? 'The open deals',
  });
  for (const dealId of options.dealIds) {
    const before = deals.find((deal) => deal.id === dealId) ?? (await tx.deal.findUniqueOrThrow({ where: { id: dealId } }));
    const amount = convertWith(conversion, before.amountMinor, before.currency);
    const closedAmountMinor = before.closedAmountMinor === null ? null : convertWith(conversion, before.closedAmountMinor, before.currency).amountMinor;
    const after = await tx.deal.update({
      where: { id: dealId },
      data: {
        teamId: options.teamId,
        ...(options.ownerId ? { ownerId: options.ownerId } : {}),
        ...(amount.currency !== before.currency ? { amountMinor: amount.amountMinor, currency: amount.currency, closedAmountMinor } : {}),
        version: before.version + 1,
      },
    });
    changes.push(await recordDealChange(tx, { type: 'REASSIGNED', before, after, actor: options.actor }));
  }
  return { changes, conversion };
}

/** Announces committed changes (boards and walls hear of them through src/server/events.ts). */
export function announceDealChanges(changes: readonly TDealChange[]): void {
  for (const change of changes) announce('dealChanged', change);
}
