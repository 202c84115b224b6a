import { ZGoalGrid, ZGoalGridQuery, ZGoalUpdateResult, ZUpdateGoalsInput } from '@/schemas/admin';
import { describeRoute, noSuchPerson, notYourTeam, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/goals',
  tag: 'Admin',
  operations: {
    get: {
      summary: 'Read a goal grid',
      description:
        'The monthly goals of a team or an office (give exactly one of `teamId` and `officeId`) for the months `from` to `to` (YYYY-MM, from not after to), a row per person and a cell per month in minor units, with the company figures outside the grid. Admins see all; managers their teams; leads their team.',
      query: ZGoalGridQuery,
      responses: ok('A row per person, a cell per month (minor units or null)', ZGoalGrid),
      errors: { 403: 'Not your team or office', 404: 'No such team or office', 422: 'The range is too long' },
    },
    put: {
      summary: 'Set monthly goals',
      description:
        'Sets, changes (amount in minor units) or clears (null) goals. A month before the current one (in the office’s zone) needs `confirmPastMonths: true`, else 409 with `details.pastMonths`.',
      body: ZUpdateGoalsInput,
      responses: ok('How many goals changed', ZGoalUpdateResult),
      errors: {
        ...notYourTeam,
        ...noSuchPerson,
        409: 'Past months need confirmPastMonths: `details.pastMonths` lists them',
        422: 'A person is inactive or has no team',
      },
    },
  },
});
