import { ZCloseDealInput } from '@/schemas/deal';
import { describeRoute } from '@/server/openapi/describe-route';
import { describeDealChange } from '@/server/openapi/deal-documentation';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/close',
  tag: 'Deals',
  operations: {
    post: describeDealChange({
      summary: 'Close a deal as won or lost',
      description:
        'Completes an open deal with an outcome. The closed amount defaults to the deal’s amount and the close time to now. A win moves the wall at once.',
      body: ZCloseDealInput,
      answer: 'The closed deal',
      errors: { 403: 'You may not close this deal', 422: 'The deal is already completed or deleted, or the close time is in the future' },
    }),
  },
});
