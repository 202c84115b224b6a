import { ZForecastQuery, ZRevenueForecast } from '@/schemas/forecast';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/forecast',
  tag: 'Forecast',
  operations: {
    get: {
      summary: 'Read the revenue forecast',
      description:
        'A Monte Carlo simulation (seeded, so the same data gives the same answer) of the revenue won in each of the next 1 to 12 months, from per-rep rates pooled with their team, office and company, the ramp curve, the open pipeline and the hiring plan. For every month and scope: P10, P50, P90 and the mean, split into already won, open pipeline, current reps and planned hires, in reporting-currency minor units; an office’s, team’s or rep’s figures also in their office’s currency (inOwnCurrency). Admins and managers see every scope; leads and reps their own team and themselves. Runs in a worker thread.',
      query: ZForecastQuery,
      responses: ok('The forecast', ZRevenueForecast),
      errors: { 422: 'An exchange rate is missing' },
    },
  },
});
