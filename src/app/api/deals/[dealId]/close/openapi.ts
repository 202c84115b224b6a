import { ZCloseDealInput, ZDealResult } from '@/schemas/deal';
import { describeRoute, ZIdempotencyKeyHeaders, ZReplayHeaders } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/close',
  tag: 'Deals',
  operations: {
    post: {
      summary: 'Close a deal as won or lost',
      description:
        'Completes an open deal with an outcome. The closed amount defaults to the deal’s amount and the close time to now. A win moves the wall at once.',
      headers: ZIdempotencyKeyHeaders,
      body: ZCloseDealInput,
      responses: { 200: { description: 'The closed deal', schema: ZDealResult, headers: ZReplayHeaders } },
      errors: {
        403: 'You may not close this deal',
        404: 'No such deal',
        409: 'The deal changed since the version you sent: `details.deal` is the deal as it is now',
        422: 'The deal is already completed or deleted, or the close time is in the future',
      },
    },
  },
});
