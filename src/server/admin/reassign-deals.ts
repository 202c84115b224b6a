import type { TransactionClient } from '@/server/db';
import type { TDealChange } from '@/schemas/deal';
import { recordDealChange } from '@/server/board/record-deal-change';
import { announce } from '@/server/events';

/**
 * Gives deals a new owner and/or team of record inside the caller's transaction, one
 * REASSIGNED DealEvent each. Returns the changes, to broadcast after the commit.
 */
export async function reassignDeals(
  tx: TransactionClient,
  options: { dealIds: readonly string[]; ownerId?: string; teamId: string; actor: { id: string; name: string } },
): Promise<TDealChange[]> {
  const changes: TDealChange[] = [];
  for (const dealId of options.dealIds) {
    const before = await tx.deal.findUniqueOrThrow({ where: { id: dealId } });
    const after = await tx.deal.update({
      where: { id: dealId },
      data: { teamId: options.teamId, ...(options.ownerId ? { ownerId: options.ownerId } : {}), version: before.version + 1 },
    });
    changes.push(await recordDealChange(tx, { type: 'REASSIGNED', before, after, actor: options.actor }));
  }
  return changes;
}

/** Announces committed changes (boards and walls hear of them through src/server/events.ts). */
export function announceDealChanges(changes: readonly TDealChange[]): void {
  for (const change of changes) announce('dealChanged', change);
}
