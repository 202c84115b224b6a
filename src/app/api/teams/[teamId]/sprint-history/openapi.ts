import { ZSprintHistory, ZSprintHistoryQuery } from '@/schemas/sprint';
import { describeRoute, notYourTeam, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprint-history',
  tag: 'Sprints',
  operations: {
    get: {
      summary: 'Read velocity per sprint',
      description: 'Revenue and deals won, deals lost and commitments met per sprint over the last `months` months, for the team or one rep of it, oldest first.',
      query: ZSprintHistoryQuery,
      responses: ok('A row per sprint, oldest first', ZSprintHistory),
      errors: { ...notYourTeam, 404: 'No such team, or the person is not on it' },
    },
  },
});
