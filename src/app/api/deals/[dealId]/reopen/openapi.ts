import { ZReopenDealInput } from '@/schemas/deal';
import { describeRoute } from '@/server/openapi/describe-route';
import { describeDealChange } from '@/server/openapi/deal-documentation';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/reopen',
  tag: 'Deals',
  operations: {
    post: describeDealChange({
      summary: 'Reopen a completed deal',
      description: 'Puts a won or lost deal back into an open column (In progress by default); a reopened win leaves the wall.',
      body: ZReopenDealInput,
      answer: 'The reopened deal',
      errors: { 403: 'You may not reopen this deal', 422: 'The deal is not completed, or is deleted' },
    }),
  },
});
