import { AppError } from '@/server/errors';
import { assertCanAssignDeal } from '@/domain/board/permissions';
import { planMove } from '@/domain/board/transitions';
import { ZMoveDealInput } from '@/schemas/deal';
import { dealChange } from '@/server/board/change-deal';
import { placeDeal } from '@/server/board/place-deal';

/**
 * Moves a deal between open columns, up or down within one, or to another rep's lane
 * (leads and above). Closing goes through closeDeal, reopening through reopenDeal.
 */
export const moveDeal = dealChange({
  operation: 'move',
  schema: ZMoveDealInput,
  plan: async ({ deal, actor, db, now, input }) => {
    planMove(deal, input.stage);
    let ownerId = deal.ownerId;
    let teamId = deal.teamId;
    if (input.ownerId && input.ownerId !== deal.ownerId) {
      const owner = await db.user.findUnique({
        where: { id: input.ownerId },
        select: { id: true, teamId: true, active: true },
      });
      if (!owner) throw new AppError('UNPROCESSABLE', 'The new owner does not exist.');
      assertCanAssignDeal(actor, deal, owner);
      ownerId = owner.id;
      teamId = owner.teamId ?? deal.teamId;
    }
    const placement = await placeDeal(db, {
      dealId: deal.id,
      ownerId,
      stage: input.stage,
      afterDealId: input.afterDealId,
      beforeDealId: input.beforeDealId,
    });
    return {
      type: ownerId !== deal.ownerId ? 'REASSIGNED' : 'MOVED',
      data: {
        stage: input.stage,
        ownerId,
        teamId,
        position: placement.position,
        ...(input.stage !== deal.stage ? { stageChangedAt: now } : {}),
      },
      rebalanced: placement.rebalanced,
    };
  },
});
