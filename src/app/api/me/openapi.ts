import { ZSessionUser } from '@/schemas/session-user';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/me',
  tag: 'Account',
  operations: {
    get: {
      summary: 'Read the signed-in user',
      description: 'Who the session or API token belongs to, with their role, team, and the teams they lead and manage.',
      responses: ok('The caller', { user: ZSessionUser }),
    },
  },
});
