import { z } from 'zod';
import { ZPasswordLinkStatus, ZSetPasswordInput, ZSetPasswordResult } from '@/schemas/admin';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/setup/password',
  tag: 'Setup',
  operations: {
    get: {
      summary: 'Check a set-password link',
      description: 'Whether a one-time set-password link (invitation or reset) still works, and whose it is; `reason` says why not.',
      isPublic: true,
      query: z.object({ token: z.string().max(200).optional().meta({ description: 'The token from the link /set-password/<token>' }) }),
      responses: ok('valid, or why not', ZPasswordLinkStatus),
    },
    post: {
      summary: 'Set a password through a link',
      description: 'Sets the password of the person a one-time link belongs to; the link stops working. Failed attempts are throttled per address (429 with Retry-After).',
      isPublic: true,
      body: ZSetPasswordInput,
      responses: ok('The password is set; sign in with this email', ZSetPasswordResult),
      errors: {
        404: 'Unknown link',
        422: 'The link was used or has expired, or the person was deactivated',
        429: 'Too many attempts on set-password links from this address; wait Retry-After seconds',
      },
    },
  },
});
