import { z } from 'zod';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/time-zones',
  tag: 'Admin',
  operations: {
    get: {
      summary: 'List the IANA time zones',
      description: 'Every IANA time zone the server knows, sorted: the values an office’s `timeZone` accepts.',
      responses: { 200: { description: 'Sorted', schema: z.object({ timeZones: z.array(z.string()) }) } },
    },
  },
});
