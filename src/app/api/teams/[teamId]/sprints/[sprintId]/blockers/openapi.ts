import { z } from 'zod';
import { ZBlocker, ZCreateBlockerInput } from '@/schemas/sprint';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/blockers',
  tag: 'Sprints',
  operations: {
    post: {
      summary: 'Note a blocker',
      description: "Notes what blocks one of the team's reps. The team's lead, manager or an admin.",
      body: ZCreateBlockerInput,
      responses: { 201: { description: 'The blocker', schema: z.object({ blocker: ZBlocker }) } },
      errors: { 403: 'Only the team’s lead, manager or an admin', 404: 'No such team or sprint', 422: 'The rep is not on the team, or the deal is not theirs' },
    },
  },
});
