import { ZImportRun } from '@/schemas/import';
import { adminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/imports/{importId}/undo',
  tag: 'Import',
  errors: adminsOnly,
  operations: {
    post: {
      summary: 'Undo an import',
      description: 'Deletes the deals the import created (each with a DELETED event), puts the deals it changed back, deactivates the people it created and forgets the external ids it recorded. Admins only.',
      responses: ok('The run, now undone', { run: ZImportRun }),
      errors: { 404: 'No such import', 409: 'Already undone, or a dry run' },
    },
  },
});
