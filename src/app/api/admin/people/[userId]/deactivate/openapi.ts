import { ZDeactivatePersonInput, ZDeactivation } from '@/schemas/admin';
import { describeRoute, noSuchPerson, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/people/{userId}/deactivate',
  tag: 'Admin',
  operations: {
    post: {
      summary: 'Deactivate a person',
      description:
        'The person can no longer sign in and their tokens stop working. Their open deals go to `handOverToUserId` (an active user with a team), which is required when they have any.',
      body: ZDeactivatePersonInput,
      isBodyRequired: false,
      responses: ok('The person, now inactive', ZDeactivation),
      errors: {
        403: 'You may not deactivate this person',
        ...noSuchPerson,
        422: 'They have open deals and no one to hand them to, they are already inactive, or it is yourself',
      },
    },
  },
});
