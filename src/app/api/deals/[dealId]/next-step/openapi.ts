import { ZDealResult, ZSetNextStepInput } from '@/schemas/deal';
import { describeRoute, ZIdempotencyKeyHeaders, ZReplayHeaders } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/next-step',
  tag: 'Deals',
  operations: {
    put: {
      summary: 'Set a deal’s next step',
      description:
        'Sets or clears the next step (up to 500 characters) and the office calendar date it is due (`dueOn`, YYYY-MM-DD, or null). The card’s status dot follows from it: overdue, due today, nothing planned or later. The change is an UPDATED event, sent to the board like any other.',
      headers: ZIdempotencyKeyHeaders,
      body: ZSetNextStepInput,
      responses: { 200: { description: 'The deal with its next step', schema: ZDealResult, headers: ZReplayHeaders } },
      errors: {
        403: 'You may not edit this deal',
        404: 'No such deal',
        409: 'The deal changed since the version you sent: `details.deal` is the deal as it is now',
        422: 'The idempotency key was already used for a different request',
      },
    },
  },
});
