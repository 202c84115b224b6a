import { z } from 'zod';
import { ZUpdateProfileInput } from '@/schemas/admin';
import { ZSessionUser } from '@/schemas/session-user';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/me/profile',
  operations: {
    patch: {
      summary: 'Change your own name',
      description: 'Any signed-in user may rename themselves; the change is audited.',
      tag: 'Account',
      body: ZUpdateProfileInput,
      responses: { 200: { description: 'You, as now', schema: z.object({ user: ZSessionUser }) } },
    },
  },
});
