import { ZPasswordLink } from '@/schemas/admin';
import { created, describeRoute, noSuchPerson } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/people/{userId}/password-reset',
  tag: 'Admin',
  operations: {
    post: {
      summary: 'Make a set-password link',
      description: 'A new one-time set-password link valid 24 hours, shown this once; the person’s older unused links stop working.',
      responses: created('The link, shown this once', { link: ZPasswordLink }),
      errors: { 403: 'You may not reset this person’s password', ...noSuchPerson, 422: 'The person is inactive' },
    },
  },
});
