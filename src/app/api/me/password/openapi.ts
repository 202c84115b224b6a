import { z } from 'zod';
import { ZChangePasswordInput } from '@/schemas/admin';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/me/password',
  tag: 'Account',
  operations: {
    post: {
      summary: 'Change your own password',
      description: 'Needs the current password; the new one has at least 10 characters and differs from the current one. Every session of the user ends, this one included: sign in again with the new password. Wrong current passwords are throttled with sign-in (429 with Retry-After).',
      body: ZChangePasswordInput,
      responses: ok('Changed', { changed: z.literal(true) }),
      errors: { 422: 'The current password is wrong', 429: 'Too many wrong passwords; wait Retry-After seconds' },
    },
  },
});
