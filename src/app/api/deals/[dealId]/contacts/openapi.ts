import { ZSaveContactsInput } from '@/schemas/deal';
import { describeRoute } from '@/server/openapi/describe-route';
import { describeDealChange } from '@/server/openapi/deal-documentation';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/contacts',
  tag: 'Deals',
  operations: {
    put: describeDealChange({
      summary: 'Replace the people on a deal',
      description:
        'Replaces the deal’s contacts (name, role, champion, has left). At most one contact still there may be the champion. A champion marked as gone flags the deal “champion left” until another contact is named champion. The list before and after is kept in the UPDATED event.',
      body: ZSaveContactsInput,
      answer: 'The deal with its contacts',
      errors: { 403: 'You may not edit this deal', 422: 'The idempotency key was already used for a different request' },
    }),
  },
});
