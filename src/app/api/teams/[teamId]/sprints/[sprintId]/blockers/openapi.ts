import { ZBlocker, ZCreateBlockerInput } from '@/schemas/sprint';
import { created, describeRoute, leadsOnly, noSuchSprint } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/blockers',
  tag: 'Sprints',
  operations: {
    post: {
      summary: 'Note a blocker',
      description: "Notes what blocks one of the team's reps. The team's lead, manager or an admin.",
      body: ZCreateBlockerInput,
      responses: created('The blocker', { blocker: ZBlocker }),
      errors: { ...leadsOnly, ...noSuchSprint, 422: 'The rep is not on the team, or the deal is not theirs' },
    },
  },
});
