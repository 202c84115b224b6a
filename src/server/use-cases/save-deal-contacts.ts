import { ZSaveContactsInput } from '@/schemas/deal';
import { dealChange } from '@/server/board/change-deal';

/**
 * Replaces the people on a deal (names, roles, the champion, who has left). The whole
 * list before and after is in the UPDATED DealEvent, which is the audit of the change.
 */
export const saveDealContacts = dealChange({
  operation: 'save-contacts',
  schema: ZSaveContactsInput,
  plan: ({ input }) => ({ type: 'UPDATED', data: { contacts: input.contacts } }),
});
