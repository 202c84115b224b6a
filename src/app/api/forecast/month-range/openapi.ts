import { ZMonthRange, ZForecastMonthRangeQuery } from '@/schemas/forecast';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/forecast/month-range',
  tag: 'Forecast',
  operations: {
    get: {
      summary: 'Read this month’s simulated range for one scope',
      description:
        'The current month’s revenue as the revenue simulation sees it for one scope (company, office, team or rep): P10, P50 and P90 and what is already won, in the scope’s own currency (its office’s; the reporting currency for the company). The 2D burn-down draws it as a band around its projected month end. It shares the Forecast page’s cached simulation (6 months, 10,000 runs). Same visibility as GET /api/forecast.',
      query: ZForecastMonthRangeQuery,
      responses: ok('The month’s range', { range: ZMonthRange }),
      errors: { 403: 'A rep or lead asking for a scope beyond their team and themselves', 404: 'No such scope in the forecast', 422: 'An id is missing, or an exchange rate is missing' },
    },
  },
});
