import { z } from 'zod';
import { ZStandup } from '@/schemas/sprint';
import { created, describeRoute, leadsOnly, noSuchSprint, notYourTeam, ok, paceNotAddable } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/standup',
  tag: 'Sprints',
  errors: noSuchSprint,
  operations: {
    get: {
      summary: 'Read the standup',
      description: 'Rep by rep: what moved since the last standup, stuck deals, commitments, pace, blockers and action items.',
      responses: ok('The standup', ZStandup),
      errors: { ...notYourTeam, ...paceNotAddable },
    },
    post: {
      summary: 'Record that the standup was held',
      description: "The next standup's changes start from now. The team's lead, manager or an admin.",
      responses: created('The standup', { standup: z.object({ id: z.string(), heldAt: z.string() }) }),
      errors: leadsOnly,
    },
  },
});
