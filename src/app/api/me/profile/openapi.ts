import { ZUpdateProfileInput } from '@/schemas/admin';
import { ZSessionUser } from '@/schemas/session-user';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/me/profile',
  tag: 'Account',
  operations: {
    patch: {
      summary: 'Change your own name',
      description: 'Any signed-in user may rename themselves; the change is audited.',
      body: ZUpdateProfileInput,
      responses: ok('You, as now', { user: ZSessionUser }),
    },
  },
});
