import { z } from 'zod';
import { ZExchangeRateTable, ZMonthRangeQuery, ZUpdateExchangeRatesInput } from '@/schemas/admin';
import { adminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/exchange-rates',
  tag: 'Admin',
  errors: adminsOnly,
  operations: {
    get: {
      summary: 'Read the exchange rates',
      description: 'Monthly rates into the reporting currency for the months `from` to `to` (YYYY-MM, from not after to): a row per currency the offices use (admins).',
      query: ZMonthRangeQuery,
      responses: ok('A row per currency, a cell per month', ZExchangeRateTable),
      errors: { 422: 'The range is too long' },
    },
    put: {
      summary: 'Record exchange rates',
      description: 'Sets the rate of a currency for a month: units of the reporting currency one unit is worth (admins).',
      body: ZUpdateExchangeRatesInput,
      responses: ok('How many rates changed', { updated: z.number() }),
      errors: { 422: 'A rate for the reporting currency itself' },
    },
  },
});
