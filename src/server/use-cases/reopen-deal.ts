import type { SessionUser } from '@/server/auth/session-user';
import { assertCanEditDeal } from '@/domain/board/permissions';
import { planReopen } from '@/domain/board/transitions';
import { ZReopenDealInput } from '@/schemas/deal';
import { idempotencyOf } from '@/server/board/idempotency';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';
import { placeDeal } from '@/server/board/place-deal';

/** Takes a completed deal back to an open column; the reopening is recorded. */
export async function reopenDeal(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZReopenDealInput.parse(options.input);
  return changeDeal({
    actor: options.actor,
    dealId: options.dealId,
    version: input.version,
    idempotency: idempotencyOf(options.actor.id, 'reopen', options.dealId, input),
    plan: async ({ deal, actor, db, now }) => {
      assertCanEditDeal(actor, deal);
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
}
