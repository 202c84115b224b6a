import { ZDealResult, ZVersionedInput } from '@/schemas/deal';
import { describeRoute, ZIdempotencyKeyHeaders, ZReplayHeaders } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/restore',
  tag: 'Deals',
  operations: {
    post: {
      summary: 'Restore a deleted deal',
      description: 'Brings a deleted deal back where it was. The body carries the version it is based on.',
      headers: ZIdempotencyKeyHeaders,
      body: ZVersionedInput,
      responses: { 200: { description: 'The restored deal', schema: ZDealResult, headers: ZReplayHeaders } },
      errors: {
        403: 'You may not restore this deal',
        404: 'No such deal',
        409: 'The deal changed since the version you sent: `details.deal` is the deal as it is now',
        422: 'The deal is not deleted, or its owner can no longer hold it',
      },
    },
  },
});
