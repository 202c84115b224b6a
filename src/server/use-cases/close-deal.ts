import type { SessionUser } from '@/server/auth/session-user';
import { assertCanEditDeal } from '@/domain/board/permissions';
import { planClose } from '@/domain/board/transitions';
import { ZCloseDealInput } from '@/schemas/deal';
import { idempotencyOf } from '@/server/board/idempotency';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';
import { placeDeal } from '@/server/board/place-deal';

/** Moves a deal into Completed as won or lost, with its closed amount and time. */
export async function closeDeal(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZCloseDealInput.parse(options.input);
  return changeDeal({
    actor: options.actor,
    dealId: options.dealId,
    version: input.version,
    idempotency: idempotencyOf(options.actor.id, 'close', options.dealId, input),
    plan: async ({ deal, actor, db, now }) => {
      assertCanEditDeal(actor, deal);
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
}
