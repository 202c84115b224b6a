import { ZDeliveryList } from '@/schemas/integrations';
import { connectionAdminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/integrations/{connectionId}/deliveries',
  tag: 'Integrations',
  errors: connectionAdminsOnly,
  operations: {
    get: {
      summary: 'List a connection’s deliveries',
      description: 'The 100 most recent requests to the connection’s receiver, newest first: the status answered, why it was refused or why an event failed, how many events it carried (and how many were repeats), and the deals it touched. Admins only.',
      responses: ok('The delivery log', ZDeliveryList),
    },
  },
});
