import { ZLogActivityInput } from '@/schemas/deal';
import { describeRoute } from '@/server/openapi/describe-route';
import { describeDealChange } from '@/server/openapi/deal-documentation';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/activities',
  tag: 'Deals',
  operations: {
    post: describeDealChange({
      summary: 'Log an activity on a deal',
      description:
        'Logs a call, email, meeting or note on an open deal, with an optional line and, optionally, the next step in the same change. It resets the deal’s stale clock (the card did not move, but the deal was worked) and is recorded as an ACTIVITY_LOGGED event, which is the deal’s history of activities and what the standup shows.',
      body: ZLogActivityInput,
      answer: 'The deal with its last activity',
      errors: { 403: 'You may not edit this deal', 422: 'The deal is closed: reopen it first' },
    }),
  },
});
