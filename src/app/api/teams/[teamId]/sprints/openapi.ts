import { z } from 'zod';
import { ZMonthParameter } from '@/schemas/query';
import { ZSprintList } from '@/schemas/sprint';
import { describeRoute, noSuchTeam, notYourTeam, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/sprints',
  tag: 'Sprints',
  operations: {
    get: {
      summary: "List a month's sprints",
      description: "A month's weekly sprints in the team's office zone, first to last; they are made on first use. The team's members, lead, manager and admins may read them.",
      query: z.object({ month: ZMonthParameter.optional().meta({ description: 'YYYY-MM (default: the current month in the office’s zone)' }) }),
      responses: ok('The sprints, first to last', ZSprintList),
      errors: { ...notYourTeam, ...noSuchTeam },
    },
  },
});
