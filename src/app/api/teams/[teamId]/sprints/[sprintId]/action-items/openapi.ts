import { z } from 'zod';
import { ZActionItem, ZCreateActionItemInput } from '@/schemas/sprint';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/action-items',
  tag: 'Sprints',
  operations: {
    post: {
      summary: 'Add an action item',
      description: "An action item with an owner (on the team) and a due date. The team's lead, manager or an admin.",
      body: ZCreateActionItemInput,
      responses: { 201: { description: 'The action item', schema: z.object({ actionItem: ZActionItem }) } },
      errors: { 403: 'Only the team’s lead, manager or an admin', 404: 'No such team or sprint', 422: 'The owner is not on the team' },
    },
  },
});
