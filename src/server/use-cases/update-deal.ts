import type { SessionUser } from '@/server/auth/session-user';
import { assertCanEditDeal } from '@/domain/board/permissions';
import { ZUpdateDealInput } from '@/schemas/deal';
import { calendarDateToDate } from '@/server/board/deal-card';
import { idempotencyOf } from '@/server/board/idempotency';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';

/** Edits a deal's account, title, amount, expected close date, flag or notes. */
export async function updateDeal(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZUpdateDealInput.parse(options.input);
  return changeDeal({
    actor: options.actor,
    dealId: options.dealId,
    version: input.version,
    idempotency: idempotencyOf(options.actor.id, 'update', options.dealId, input),
    plan: ({ deal, actor }) => {
      assertCanEditDeal(actor, deal);
      return {
        type: 'UPDATED',
        data: {
          account: input.account,
          title: input.title,
          amountMinor: input.amountMinor,
          expectedCloseDate: calendarDateToDate(input.expectedCloseDate),
          noteworthy: input.noteworthy,
          notes: input.notes,
        },
      };
    },
  });
}
