import { ZMoveDealInput } from '@/schemas/deal';
import { describeRoute } from '@/server/openapi/describe-route';
import { describeDealChange } from '@/server/openapi/deal-documentation';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/move',
  tag: 'Deals',
  operations: {
    post: describeDealChange({
      summary: 'Move a deal',
      description:
        'Moves an open deal to another open column, to a position between two neighbours (`afterDealId`, `beforeDealId`), or to another rep (`ownerId`, leads and above). A stale `version` answers 409 with the current deal.',
      body: ZMoveDealInput,
      answer: 'The moved deal',
      errors: { 403: 'You may not move this deal, or give it to that rep', 422: 'The move breaks a board rule (a completed or deleted deal, a neighbour in another column, an inactive rep)' },
    }),
  },
});
