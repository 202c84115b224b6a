import { ZDealResult, ZLogActivityInput } from '@/schemas/deal';
import { describeRoute, ZIdempotencyKeyHeaders, ZReplayHeaders } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/deals/{dealId}/activities',
  tag: 'Deals',
  operations: {
    post: {
      summary: 'Log an activity on a deal',
      description:
        'Logs a call, email, meeting or note on an open deal, with an optional line and, optionally, the next step in the same change. It resets the deal’s stale clock (the card did not move, but the deal was worked) and is recorded as an ACTIVITY_LOGGED event, which is the deal’s history of activities and what the standup shows.',
      headers: ZIdempotencyKeyHeaders,
      body: ZLogActivityInput,
      responses: { 200: { description: 'The deal with its last activity', schema: ZDealResult, headers: ZReplayHeaders } },
      errors: {
        403: 'You may not edit this deal',
        404: 'No such deal',
        409: 'The deal changed since the version you sent: `details.deal` is the deal as it is now',
        422: 'The deal is closed: reopen it first',
      },
    },
  },
});
