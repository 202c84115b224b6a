import { planReopen } from '@/domain/board/transitions';
import { ZReopenDealInput } from '@/schemas/deal';
import { dealChange } from '@/server/board/change-deal';
import { placeDeal } from '@/server/board/place-deal';

/** Takes a completed deal back to an open column; the reopening is recorded. */
export const reopenDeal = dealChange({
  operation: 'reopen',
  schema: ZReopenDealInput,
  plan: async ({ deal, db, now, input }) => {
    const reopened = planReopen(deal);
    const placement = await placeDeal(db, {
      dealId: deal.id,
      ownerId: deal.ownerId,
      stage: input.stage,
      afterDealId: input.afterDealId,
      beforeDealId: input.beforeDealId,
    });
    return {
      type: 'REOPENED',
      data: { ...reopened, stage: input.stage, stageChangedAt: now, position: placement.position },
      rebalanced: placement.rebalanced,
    };
  },
});
