import { z } from 'zod';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/exports/{file}',
  tag: 'Import',
  operations: {
    get: {
      summary: 'Export data',
      description:
        'deals.csv (the deals as they are now, in the format the cadence import preset reads back), deal-events.csv (the history), goals.csv, people.csv and forecasts.csv hold what the caller may read (an admin everything; others their own team and the teams they lead or manage). organization.json is the whole organisation for backup, without password or token hashes (admins only). Cells beginning with = + - @ are prefixed with an apostrophe so spreadsheets do not run them as formulas.',
      path: z.object({ file: z.enum(['deals.csv', 'deal-events.csv', 'goals.csv', 'people.csv', 'forecasts.csv', 'organization.json']).meta({ description: 'Which export' }) }),
      responses: {
        200: {
          description: 'The file: text/csv, or for organization.json an application/json backup',
          schema: z.union([z.string(), z.record(z.string(), z.unknown())]),
          contentType: ['text/csv', 'application/json'],
        },
      },
      errors: { 403: 'organization.json: admins only', 404: 'No such export' },
    },
  },
});
