import { z } from 'zod';
import { ZStandup } from '@/schemas/sprint';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/standup',
  tag: 'Sprints',
  errors: { 404: 'No such team or sprint' },
  operations: {
    get: {
      summary: 'Read the standup',
      description: 'Rep by rep: what moved since the last standup, stuck deals, commitments, pace, blockers and action items.',
      responses: { 200: { description: 'The standup', schema: ZStandup } },
      errors: { 403: 'Not your team', 422: 'The pace figures cannot be added up (e.g. a goal in a currency without an exchange rate that month)' },
    },
    post: {
      summary: 'Record that the standup was held',
      description: "The next standup's changes start from now. The team's lead, manager or an admin.",
      responses: { 201: { description: 'The standup', schema: z.object({ standup: z.object({ id: z.string(), heldAt: z.string() }) }) } },
      errors: { 403: 'Only the team’s lead, manager or an admin' },
    },
  },
});
