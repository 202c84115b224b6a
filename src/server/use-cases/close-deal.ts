import { planClose } from '@/domain/board/transitions';
import { ZCloseDealInput } from '@/schemas/deal';
import { dealChange } from '@/server/board/change-deal';
import { placeDeal } from '@/server/board/place-deal';

/** Moves a deal into Completed as won or lost, with its closed amount and time. */
export const closeDeal = dealChange({
  operation: 'close',
  schema: ZCloseDealInput,
  plan: async ({ deal, db, now, input }) => {
    const closing = planClose(
      deal,
      {
        outcome: input.outcome,
        closedAmountMinor: input.closedAmountMinor,
        closedAt: input.closedAt ? new Date(input.closedAt) : undefined,
      },
      now,
    );
    const placement = await placeDeal(db, {
      dealId: deal.id,
      ownerId: deal.ownerId,
      stage: 'COMPLETED',
      afterDealId: input.afterDealId,
      beforeDealId: input.beforeDealId,
      // By default the newest close goes to the top of the column.
      isTopByDefault: true,
    });
    return {
      type: 'CLOSED',
      data: {
        stage: 'COMPLETED',
        outcome: closing.outcome,
        closedAmountMinor: closing.closedAmountMinor,
        closedAt: closing.closedAt,
        stageChangedAt: now,
        position: placement.position,
      },
      rebalanced: placement.rebalanced,
    };
  },
});
