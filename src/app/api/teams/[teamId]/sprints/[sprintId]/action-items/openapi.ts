import { ZActionItem, ZCreateActionItemInput } from '@/schemas/sprint';
import { created, describeRoute, leadsOnly, noSuchSprint } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints/{sprintId}/action-items',
  tag: 'Sprints',
  operations: {
    post: {
      summary: 'Add an action item',
      description: "An action item with an owner (on the team) and a due date. The team's lead, manager or an admin.",
      body: ZCreateActionItemInput,
      responses: created('The action item', { actionItem: ZActionItem }),
      errors: { ...leadsOnly, ...noSuchSprint, 422: 'The owner is not on the team' },
    },
  },
});
