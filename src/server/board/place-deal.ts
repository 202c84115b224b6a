import type { DealStage } from '@/generated/prisma/enums';
import type { PrismaClient } from '@/generated/prisma/client';
import type { TransactionClient } from '@/server/db';
import { placeInColumn, positionBetween, type PositionedCard } from '@/domain/board/positions';

/** What the deal write paths read with: the process's client, or a transaction's. */
export type DealReader = Pick<PrismaClient | TransactionClient, 'deal' | 'user'>;

/** Where a deal goes: its position, and the other cards of the column re-spaced when the gaps ran out. */
export type DealPlacement = { position: number; rebalanced: PositionedCard[] };

/**
 * The position a deal takes in an owner's column, between the neighbours the client
 * named. When the gaps run out the whole column is re-spaced: the other cards' new
 * positions come back in `rebalanced`, for the caller to write with the change.
 */
export async function placeDeal(
  db: DealReader,
  options: {
    dealId: string;
    ownerId: string;
    stage: DealStage;
    afterDealId?: string | null;
    beforeDealId?: string | null;
    /** With no neighbour named, put the deal at the top of the column (else the bottom). */
    isTopByDefault?: boolean;
  },
): Promise<DealPlacement> {
  const inColumn = { ownerId: options.ownerId, stage: options.stage, deletedAt: null };
  if (!options.afterDealId && !options.beforeDealId) {
    // No neighbour named: above the top card or below the bottom one, which always has
    // room. Only that card is read (a Completed column holds every deal ever closed).
    const direction = options.isTopByDefault ? 'asc' : 'desc';
    const edge = await db.deal.findFirst({
      where: { ...inColumn, id: { not: options.dealId } },
      orderBy: [{ position: direction }, { id: direction }],
      select: { position: true },
    });
    const edgePosition = edge?.position ?? null;
    return { position: options.isTopByDefault ? positionBetween(null, edgePosition) : positionBetween(edgePosition, null), rebalanced: [] };
  }
  const column = await db.deal.findMany({
    where: inColumn,
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true },
  });
  const placed = placeInColumn(column, { afterDealId: options.afterDealId, beforeDealId: options.beforeDealId }, options.dealId);
  return { position: placed.position, rebalanced: placed.rebalanced.filter((card) => card.id !== options.dealId) };
}
