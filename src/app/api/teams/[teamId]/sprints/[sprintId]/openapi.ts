import { ZSprintOverview } from '@/schemas/sprint';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}',
  tag: 'Sprints',
  operations: {
    get: {
      summary: 'Read a sprint',
      description: "Each rep's forecast (as it stood at the sprint's end) and commitments, and the team's roll-up.",
      responses: { 200: { description: 'The sprint overview', schema: ZSprintOverview } },
      errors: { 403: 'Not your team', 404: 'No such team or sprint', 422: 'The pace figures cannot be added up (e.g. a goal in a currency without an exchange rate that month)' },
    },
  },
});
