import { ZForecastSettings, ZForecastSettingsInput } from '@/schemas/forecast';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/forecast/settings',
  tag: 'Forecast',
  operations: {
    get: {
      summary: 'Read the forecast’s ramp curve setting',
      description: 'The organisation-wide ramp curve an admin set (null when the forecast learns it from the hires in the history), the default curve used when too few hires are known, and whether the user may change it.',
      responses: ok('The forecast settings', { settings: ZForecastSettings }),
    },
    put: {
      summary: 'Set or clear the ramp curve override',
      description: 'Shares of a steady-state rep’s output for each month since a start (1 to 24 values, each between 0 and 1); months past the end of the curve count as fully ramped. Null goes back to the learned curve. Admins only; audited. Planned hires with their own curve keep it.',
      body: ZForecastSettingsInput,
      responses: ok('The forecast settings as saved', { settings: ZForecastSettings }),
      errors: { 403: 'Not an admin', 422: 'A share outside 0..1, or no values' },
    },
  },
});
