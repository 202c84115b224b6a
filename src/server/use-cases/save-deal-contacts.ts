import type { SessionUser } from '@/server/auth/session-user';
import { assertCanEditDeal } from '@/domain/board/permissions';
import { ZSaveContactsInput } from '@/schemas/deal';
import { idempotencyOf } from '@/server/board/idempotency';
import { changeDeal, type DealChangeResult } from '@/server/board/change-deal';

/**
 * Replaces the people on a deal (names, roles, the champion, who has left). The whole
 * list before and after is in the UPDATED DealEvent, which is the audit of the change.
 */
export async function saveDealContacts(options: { actor: SessionUser; dealId: string; input: unknown }): Promise<DealChangeResult> {
  const input = ZSaveContactsInput.parse(options.input);
  return changeDeal({
    actor: options.actor,
    dealId: options.dealId,
    version: input.version,
    idempotency: idempotencyOf(options.actor.id, 'save-contacts', options.dealId, input),
    plan: ({ deal, actor }) => {
      assertCanEditDeal(actor, deal);
      return { type: 'UPDATED', data: { contacts: input.contacts } };
    },
  });
}
