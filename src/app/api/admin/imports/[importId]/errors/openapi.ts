import { z } from 'zod';
import { adminsOnly, describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/imports/{importId}/errors',
  tag: 'Import',
  errors: adminsOnly,
  operations: {
    get: {
      summary: 'Download an import’s error report',
      description: 'Every refused row of the run as CSV: file, row (as a spreadsheet numbers it, header = 1) and the reason. Admins only.',
      responses: { 200: { description: 'CSV', schema: z.string(), contentType: 'text/csv' } },
      errors: { 404: 'No such import' },
    },
  },
});
