import { z } from 'zod';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/time-zones',
  tag: 'Admin',
  operations: {
    get: {
      summary: 'List the IANA time zones',
      description: 'Every IANA time zone the server knows, sorted: the values an office’s `timeZone` accepts.',
      responses: ok('Sorted', { timeZones: z.array(z.string()) }),
    },
  },
});
