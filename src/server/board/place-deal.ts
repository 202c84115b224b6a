import type { DealStage } from '@/generated/prisma/enums';
import type { TransactionClient } from '@/server/db';
import { placeInColumn } from '@/domain/board/positions';

/**
 * The position a deal takes in an owner's column, between the neighbours the client
 * named. When the gaps run out the column is re-spaced here, in the same transaction.
 */
export async function placeDeal(
  tx: TransactionClient,
  options: {
    dealId: string;
    ownerId: string;
    stage: DealStage;
    afterDealId?: string | null;
    beforeDealId?: string | null;
    /** With no neighbour named, put the deal at the top of the column (else the bottom). */
    isTopByDefault?: boolean;
  },
): Promise<number> {
  const column = await tx.deal.findMany({
    where: { ownerId: options.ownerId, stage: options.stage, deletedAt: null },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true },
  });
  const isUnplaced = !options.afterDealId && !options.beforeDealId;
  const beforeDealId =
    isUnplaced && options.isTopByDefault ? (column.find((card) => card.id !== options.dealId)?.id ?? null) : options.beforeDealId;
  const placed = placeInColumn(column, { afterDealId: options.afterDealId, beforeDealId }, options.dealId);
  for (const card of placed.rebalanced) {
    if (card.id === options.dealId) continue;
    await tx.deal.update({ where: { id: card.id }, data: { position: card.position } });
  }
  return placed.position;
}
