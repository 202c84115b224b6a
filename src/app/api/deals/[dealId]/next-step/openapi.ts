import { ZSetNextStepInput } from '@/schemas/deal';
import { describeRoute } from '@/server/openapi/describe-route';
import { describeDealChange } from '@/server/openapi/deal-documentation';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/next-step',
  tag: 'Deals',
  operations: {
    put: describeDealChange({
      summary: 'Set a deal’s next step',
      description:
        'Sets or clears the next step (up to 500 characters) and the office calendar date it is due (`dueOn`, YYYY-MM-DD, or null). The card’s status dot follows from it: overdue, due today, nothing planned or later. The change is an UPDATED event, sent to the board like any other.',
      body: ZSetNextStepInput,
      answer: 'The deal with its next step',
      errors: { 403: 'You may not edit this deal', 422: 'The idempotency key was already used for a different request' },
    }),
  },
});
