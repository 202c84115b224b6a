import { z } from 'zod';
import { ZForecastQuery } from '@/schemas/forecast';
import { adminsAndManagersOnly, created, describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/forecast/runs',
  tag: 'Forecast',
  operations: {
    post: {
      summary: 'Save the current forecast',
      description: 'Stores the forecast for the company, offices and teams with its as-of date, so the page can later show how accurate the forecasts made 1, 2 and 3 months earlier were. Admins and managers.',
      body: ZForecastQuery.partial(),
      isBodyRequired: false,
      responses: created('The saved run', { id: z.string(), asOf: z.string() }),
      errors: { ...adminsAndManagersOnly, 422: 'An exchange rate is missing' },
    },
  },
});
