import { ZActionItem, ZUpdateActionItemInput } from '@/schemas/sprint';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/action-items/{itemId}',
  tag: 'Sprints',
  operations: {
    patch: {
      summary: 'Tick off or change an action item',
      description: "Its owner may tick it off or reopen it; the team's lead, manager or an admin may also change its title, owner or due date. At least one field.",
      body: ZUpdateActionItemInput,
      responses: ok('The action item', { actionItem: ZActionItem }),
      errors: { 403: 'You may not change this item', 404: 'No such action item', 422: 'The new owner is not on the team' },
    },
  },
});
