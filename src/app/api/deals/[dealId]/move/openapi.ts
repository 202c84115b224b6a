import { ZDealResult, ZMoveDealInput } from '@/schemas/deal';
import { describeRoute, ZIdempotencyKeyHeaders, ZReplayHeaders } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/move',
  tag: 'Deals',
  operations: {
    post: {
      summary: 'Move a deal',
      description:
        'Moves an open deal to another open column, to a position between two neighbours (`afterDealId`, `beforeDealId`), or to another rep (`ownerId`, leads and above). A stale `version` answers 409 with the current deal.',
      headers: ZIdempotencyKeyHeaders,
      body: ZMoveDealInput,
      responses: { 200: { description: 'The moved deal', schema: ZDealResult, headers: ZReplayHeaders } },
      errors: {
        403: 'You may not move this deal, or give it to that rep',
        404: 'No such deal',
        409: 'The deal changed since the version you sent: `details.deal` is the deal as it is now',
        422: 'The move breaks a board rule (a completed or deleted deal, a neighbour in another column, an inactive rep)',
      },
    },
  },
});
