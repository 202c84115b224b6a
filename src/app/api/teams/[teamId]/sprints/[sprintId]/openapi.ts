import { ZSprintOverview } from '@/schemas/sprint';
import { describeRoute, noSuchSprint, notYourTeam, ok, paceNotAddable } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}',
  tag: 'Sprints',
  operations: {
    get: {
      summary: 'Read a sprint',
      description: "Each rep's forecast (as it stood at the sprint's end) and commitments, and the team's roll-up.",
      responses: ok('The sprint overview', ZSprintOverview),
      errors: { ...notYourTeam, ...noSuchSprint, ...paceNotAddable },
    },
  },
});
