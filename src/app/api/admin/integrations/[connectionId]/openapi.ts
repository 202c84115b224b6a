import { z } from 'zod';
import { ZConnection, ZUpdateConnectionInput } from '@/schemas/integrations';
import { connectionAdminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/integrations/{connectionId}',
  tag: 'Integrations',
  errors: connectionAdminsOnly,
  operations: {
    patch: {
      summary: 'Change a CRM connection',
      description: 'Any of: name, paused (a paused connection answers its source 409 and applies nothing), HubSpot v1/v2 signatures, the Salesforce organisation id, the Pipedrive Basic user name, the requests allowed a minute. An empty body answers 400. Audited. Admins only.',
      body: ZUpdateConnectionInput,
      responses: ok('The connection', { connection: ZConnection }),
    },
    delete: {
      summary: 'Delete a CRM connection',
      description: 'Deletes the connection with its delivery log and queued events; deals it created stay. Audited. Admins only.',
      responses: ok('Deleted', { deleted: z.literal(true) }),
    },
  },
});
