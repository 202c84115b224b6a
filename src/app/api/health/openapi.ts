import { z } from 'zod';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/health',
  tag: 'System',
  operations: {
    get: {
      summary: 'Check the service and its database',
      description: 'Answers 200 when the database answered a query within 3 seconds, 503 with the reason when it did not. Needs no session: load balancers call it.',
      isPublic: true,
      responses: {
        200: { description: 'The app and its database answer', schema: z.object({ status: z.literal('ok'), db: z.literal('ok') }) },
        503: {
          description: 'The database did not answer',
          schema: z.object({ status: z.literal('unavailable'), db: z.literal('unreachable'), reason: z.string() }),
        },
      },
    },
  },
});
