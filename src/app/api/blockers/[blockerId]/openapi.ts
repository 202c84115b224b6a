import { z } from 'zod';
import { ZBlocker, ZUpdateBlockerInput } from '@/schemas/sprint';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/blockers/{blockerId}',
  tag: 'Sprints',
  operations: {
    patch: {
      summary: 'Resolve or reopen a blocker',
      description: "The team's lead, manager or an admin marks a blocker resolved, or open again.",
      body: ZUpdateBlockerInput,
      responses: { 200: { description: 'The blocker', schema: z.object({ blocker: ZBlocker }) } },
      errors: { 403: 'Only the team’s lead, manager or an admin', 404: 'No such blocker' },
    },
  },
});
