import type { DealStage } from '@/generated/prisma/enums';
import type { TransactionClient } from '@/server/db';
import { placeInColumn, positionBetween } from '@/domain/board/positions';

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
  const inColumn = { ownerId: options.ownerId, stage: options.stage, deletedAt: null };
  if (!options.afterDealId && !options.beforeDealId) {
    // No neighbour named: above the top card or below the bottom one, which always has
    // room. Only that card is read (a Completed column holds every deal ever closed).
    const direction = options.isTopByDefault ? 'asc' : 'desc';
    const edge = await tx.deal.findFirst({
      where: { ...inColumn, id: { not: options.dealId } },
      orderBy: [{ position: direction }, { id: direction }],
      select: { position: true },
    });
    const edgePosition = edge?.position ?? null;
    return options.isTopByDefault ? positionBetween(null, edgePosition) : positionBetween(edgePosition, null);
  }
  const column = await tx.deal.findMany({
    where: inColumn,
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true },
  });
  const placed = placeInColumn(column, { afterDealId: options.afterDealId, beforeDealId: options.beforeDealId }, options.dealId);
  for (const card of placed.rebalanced) {
    if (card.id === options.dealId) continue;
    await tx.deal.update({ where: { id: card.id }, data: { position: card.position } });
  }
  return placed.position;
}
