import { ZPersonUpdate, ZUpdatePersonInput } from '@/schemas/admin';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/people/{userId}',
  tag: 'Admin',
  operations: {
    patch: {
      summary: 'Change a person',
      description:
        'Any subset of name, role, team, colour and start date; at least one (an empty body answers 400 "Nothing to change"). A team move keeps history: closed deals and past goals stay with the old team, open deals and future goals move. A move that would leave a wall unable to add its figures up is refused with 422.',
      body: ZUpdatePersonInput,
      responses: ok('The person, and what moved with them', ZPersonUpdate),
      errors: {
        403: 'You may not change this person, or give that role',
        404: 'No such person or team',
        422: 'The change breaks a rule (a REP or LEAD without a team, leading a team, a goal that cannot be converted)',
      },
    },
  },
});
