import { z } from 'zod';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/me/sessions',
  tag: 'Account',
  operations: {
    delete: {
      summary: 'Sign out everywhere',
      description: 'Ends every session of the caller at once, this one included. Personal API tokens are not affected; revoke them one by one.',
      responses: ok('Every session ended', { ended: z.literal(true) }),
    },
  },
});
