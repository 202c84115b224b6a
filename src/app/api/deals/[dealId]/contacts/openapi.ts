import { ZDealResult, ZSaveContactsInput } from '@/schemas/deal';
import { describeRoute, ZIdempotencyKeyHeaders, ZReplayHeaders } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/contacts',
  tag: 'Deals',
  operations: {
    put: {
      summary: 'Replace the people on a deal',
      description:
        'Replaces the deal’s contacts (name, role, champion, has left). At most one contact still there may be the champion. A champion marked as gone flags the deal “champion left” until another contact is named champion. The list before and after is kept in the UPDATED event.',
      headers: ZIdempotencyKeyHeaders,
      body: ZSaveContactsInput,
      responses: { 200: { description: 'The deal with its contacts', schema: ZDealResult, headers: ZReplayHeaders } },
      errors: {
        403: 'You may not edit this deal',
        404: 'No such deal',
        409: 'The deal changed since the version you sent: `details.deal` is the deal as it is now',
        422: 'The idempotency key was already used for a different request',
      },
    },
  },
});
