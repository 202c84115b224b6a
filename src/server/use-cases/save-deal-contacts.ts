import { ZSaveContactsInput } from '@/schemas/deal';
import { changeDeal, type DealChangeRequest, type DealChangeResult } from '@/server/board/change-deal';

/**
 * Replaces the people on a deal (names, roles, the champion, who has left). The whole
 * list before and after is in the UPDATED DealEvent, which is the audit of the change.
 */
export async function saveDealContacts(options: DealChangeRequest): Promise<DealChangeResult> {
  const input = ZSaveContactsInput.parse(options.input);
  return changeDeal({ ...options, operation: 'save-contacts', input, plan: () => ({ type: 'UPDATED', data: { contacts: input.contacts } }) });
}
