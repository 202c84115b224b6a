import { ZConnectionList, ZCreateConnectionInput, ZCreatedConnection } from '@/schemas/integrations';
import { adminsOnly, created, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/integrations',
  tag: 'Integrations',
  errors: adminsOnly,
  operations: {
    get: {
      summary: 'List CRM connections',
      description: 'Every connection with its receiving URL, state and queue counts, and the CRM deals waiting for an owner or stage mapping before they can appear on a board. Admins only.',
      responses: ok('The connections and the unassigned deals', ZConnectionList),
    },
    post: {
      summary: 'Create a CRM connection',
      description:
        'Creates a connection for hubspot, pipedrive, salesforce or generic. Answers its id, receiving URL and secret; the secret is shown this once (Cadence keeps it encrypted). For HubSpot send the app’s client secret as `secret`, since HubSpot signs with it; Salesforce needs its `salesforceOrganizationId`. Audited. Admins only.',
      body: ZCreateConnectionInput,
      responses: created('The connection, its URL and its secret', ZCreatedConnection),
    },
  },
});
