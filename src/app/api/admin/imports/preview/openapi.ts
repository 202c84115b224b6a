import { ZImportPreview, ZImportUpload } from '@/schemas/import';
import { adminsOnly, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/imports/preview',
  tag: 'Import',
  errors: adminsOnly,
  operations: {
    post: {
      summary: 'Preview an import',
      description:
        'Reads the uploaded files and answers what importing them would do: the detected source, the column mapping (remembered, guessed or given), every source stage and owner with its mapping, counts to create, update, leave unchanged and refuse, the first 500 refused rows with reasons, and how ambiguous values were read. Writes nothing. Admins only.',
      body: ZImportUpload,
      bodyContentType: 'multipart/form-data',
      responses: ok('The preview', ZImportPreview),
      errors: { 422: 'A file cannot be read as CSV' },
    },
  },
});
