import { z } from 'zod';
import { ZMonthParameter } from '@/schemas/query';
import { ZForecastAccuracy } from '@/schemas/sprint';
import { describeRoute, noSuchTeam, notYourTeam, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/teams/{teamId}/forecast-accuracy',
  tag: 'Sprints',
  operations: {
    get: {
      summary: 'Read forecast accuracy',
      description: 'Forecast against actual for a month that has ended, by sprint (weeks ahead), for the team and each rep.',
      query: z.object({ month: ZMonthParameter.optional().meta({ description: 'YYYY-MM, a month that has ended (default: last month)' }) }),
      responses: ok('A row per sprint', ZForecastAccuracy),
      errors: { ...notYourTeam, ...noSuchTeam, 422: 'The month has not ended yet' },
    },
  },
});
