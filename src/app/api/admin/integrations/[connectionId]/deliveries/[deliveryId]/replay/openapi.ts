import { ZReplayResult } from '@/schemas/integrations';
import { adminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/integrations/{connectionId}/deliveries/{deliveryId}/replay',
  tag: 'Integrations',
  errors: adminsOnly,
  operations: {
    post: {
      summary: 'Replay a failed delivery',
      description: 'Puts the delivery’s failed events back in the queue (after fixing the mapping that failed them); the worker applies them again. A refused delivery kept no events and answers 409: the source must send it again. Audited. Admins only.',
      responses: ok('How many events were queued again', ZReplayResult),
      errors: { 404: 'No such connection or delivery', 409: 'Nothing to replay' },
    },
  },
});
