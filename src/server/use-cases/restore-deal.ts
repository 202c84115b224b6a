import type { SessionUser } from '@/server/auth/session-user';
import { AppError } from '@/server/errors';
import { assertCanEditDeal } from '@/domain/board/permissions';
import { ZVersionedInput } from '@/schemas/deal';
import { idempotencyOf } from '@/server/board/idempotency';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';

/** Brings a soft-deleted deal back where it was. */
export async function restoreDeal(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZVersionedInput.parse(options.input);
  return changeDeal({
    actor: options.actor,
    dealId: options.dealId,
    version: input.version,
    idempotency: idempotencyOf(options.actor.id, 'restore', options.dealId, input),
    allowDeleted: true,
    plan: ({ deal, actor }) => {
      assertCanEditDeal(actor, deal);
      if (!deal.deletedAt) throw new AppError('UNPROCESSABLE', 'This deal is not deleted.');
      return { type: 'RESTORED', data: { deletedAt: null } };
    },
  });
}
