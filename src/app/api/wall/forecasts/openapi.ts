import { z } from 'zod';
import { ZMonthParameter } from '@/schemas/query';
import { ZWallForecasts } from '@/schemas/sprint';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/wall/forecasts',
  tag: 'Wall',
  operations: {
    get: {
      summary: 'Read the forecast roll-ups of a month',
      description: 'Every rep’s latest forecast (commit and best case) for the month, rolled up to teams and offices: the wall’s forecast marker.',
      query: z.object({ month: ZMonthParameter.meta({ description: 'The month, YYYY-MM' }) }),
      responses: ok('Forecast roll-ups', ZWallForecasts),
    },
  },
});
