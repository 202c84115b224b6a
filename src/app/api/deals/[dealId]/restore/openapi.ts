import { ZVersionedInput } from '@/schemas/deal';
import { describeRoute } from '@/server/openapi/describe-route';
import { describeDealChange } from '@/server/openapi/deal-documentation';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/restore',
  tag: 'Deals',
  operations: {
    post: describeDealChange({
      summary: 'Restore a deleted deal',
      description: 'Brings a deleted deal back where it was. The body carries the version it is based on.',
      body: ZVersionedInput,
      answer: 'The restored deal',
      errors: { 403: 'You may not restore this deal', 422: 'The deal is not deleted, or its owner can no longer hold it' },
    }),
  },
});
