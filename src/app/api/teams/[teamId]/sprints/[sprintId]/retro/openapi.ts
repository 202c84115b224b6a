import { ZRetrospective } from '@/schemas/sprint';
import { describeRoute, noSuchSprint, notYourTeam, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/retro',
  tag: 'Sprints',
  operations: {
    get: {
      summary: 'Read the retrospective',
      description: "The sprint's won and lost deals with their history, the notes and the action items.",
      responses: ok('The retrospective', ZRetrospective),
      errors: { ...notYourTeam, ...noSuchSprint },
    },
  },
});
