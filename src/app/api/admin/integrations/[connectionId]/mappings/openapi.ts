import { z } from 'zod';
import { ZConnectionMappings, ZSaveMappingsInput } from '@/schemas/integrations';
import { connectionAdminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/integrations/{connectionId}/mappings',
  tag: 'Integrations',
  errors: connectionAdminsOnly,
  operations: {
    get: {
      summary: 'Read a connection’s mappings',
      description: 'Which column each source stage goes to and which person each source owner is. These are the source’s mappings, shared with the import of the same CRM. Admins only.',
      responses: ok('The mappings and the people to choose from', ZConnectionMappings),
    },
    put: {
      summary: 'Save a connection’s mappings',
      description: 'Saves stage → column and owner → person mappings (null forgets an owner); then the CRM deals waiting for them are created on their boards. Audited. Admins only.',
      body: ZSaveMappingsInput,
      responses: ok('How many waiting deals were settled and how many still wait', { settled: z.number(), waiting: z.number() }),
      errors: { 422: 'An owner is not an active person on a team' },
    },
  },
});
