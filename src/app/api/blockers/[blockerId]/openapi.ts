import { ZBlocker, ZUpdateBlockerInput } from '@/schemas/sprint';
import { describeRoute, leadsOnly, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/blockers/{blockerId}',
  tag: 'Sprints',
  operations: {
    patch: {
      summary: 'Resolve or reopen a blocker',
      description: "The team's lead, manager or an admin marks a blocker resolved, or open again.",
      body: ZUpdateBlockerInput,
      responses: ok('The blocker', { blocker: ZBlocker }),
      errors: { ...leadsOnly, 404: 'No such blocker' },
    },
  },
});
