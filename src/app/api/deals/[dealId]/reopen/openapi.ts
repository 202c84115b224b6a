import { ZDealResult, ZReopenDealInput } from '@/schemas/deal';
import { describeRoute, ZIdempotencyKeyHeaders, ZReplayHeaders } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/reopen',
  tag: 'Deals',
  operations: {
    post: {
      summary: 'Reopen a completed deal',
      description: 'Puts a won or lost deal back into an open column (In progress by default); a reopened win leaves the wall.',
      headers: ZIdempotencyKeyHeaders,
      body: ZReopenDealInput,
      responses: { 200: { description: 'The reopened deal', schema: ZDealResult, headers: ZReplayHeaders } },
      errors: {
        403: 'You may not reopen this deal',
        404: 'No such deal',
        409: 'The deal changed since the version you sent: `details.deal` is the deal as it is now',
        422: 'The deal is not completed, or is deleted',
      },
    },
  },
});
