import { ZRetrospective } from '@/schemas/sprint';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/retro',
  tag: 'Sprints',
  operations: {
    get: {
      summary: 'Read the retrospective',
      description: "The sprint's won and lost deals with their history, the notes and the action items.",
      responses: { 200: { description: 'The retrospective', schema: ZRetrospective } },
      errors: { 403: 'Not your team', 404: 'No such team or sprint' },
    },
  },
});
