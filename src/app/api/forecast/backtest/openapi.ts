import { ZBacktestQuery, ZBacktestResult } from '@/schemas/forecast';
import { adminsAndManagersOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/forecast/backtest',
  tag: 'Forecast',
  operations: {
    get: {
      summary: 'Backtest the forecast',
      description:
        'For every month start with at least six months of history behind it, refits on what was known then (later deals, events and forecasts invisible; later starters as planned hires) and predicts 1 to 6 months ahead; reports MAPE, WAPE, bias, P10–P90 coverage and pinball loss per horizon and scope, with the last-3-months and same-month-last-year baselines and the reps’ roll-up. Amounts in reporting-currency major units. Admins and managers.',
      query: ZBacktestQuery,
      responses: ok('The backtest', ZBacktestResult),
      errors: { ...adminsAndManagersOnly, 422: 'from is after to, or an exchange rate is missing' },
    },
  },
});
