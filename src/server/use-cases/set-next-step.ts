import type { SessionUser } from '@/server/auth/session-user';
import { assertCanEditDeal } from '@/domain/board/permissions';
import { ZSetNextStepInput } from '@/schemas/deal';
import { calendarDateToDate } from '@/server/board/deal-card';
import { idempotencyOf } from '@/server/board/idempotency';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';

/** Sets (or clears) a deal's next step and its due date: an UPDATED DealEvent like any edit. */
export async function setNextStep(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZSetNextStepInput.parse(options.input);
  return changeDeal({
    actor: options.actor,
    dealId: options.dealId,
    version: input.version,
    idempotency: idempotencyOf(options.actor.id, 'set-next-step', options.dealId, input),
    plan: ({ deal, actor }) => {
      assertCanEditDeal(actor, deal);
      return { type: 'UPDATED', data: { nextStep: input.nextStep, nextStepDueOn: calendarDateToDate(input.dueOn) } };
    },
  });
}
