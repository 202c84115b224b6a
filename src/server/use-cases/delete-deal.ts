import type { SessionUser } from '@/server/auth/session-user';
import { assertCanEditDeal } from '@/domain/board/permissions';
import { ZVersionedInput } from '@/schemas/deal';
import { idempotencyOf } from '@/server/board/idempotency';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';

/** Soft-deletes a deal: it leaves the board and can be restored (undo). */
export async function deleteDeal(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZVersionedInput.parse(options.input);
  return changeDeal({
    actor: options.actor,
    dealId: options.dealId,
    version: input.version,
    idempotency: idempotencyOf(options.actor.id, 'delete', options.dealId, input),
    plan: ({ deal, actor, now }) => {
      assertCanEditDeal(actor, deal);
      return { type: 'DELETED', data: { deletedAt: now } };
    },
  });
}
