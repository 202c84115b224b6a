import { ZImportResult, ZImportRunList, ZImportUpload } from '@/schemas/import';
import { adminsOnly, created, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/imports',
  tag: 'Import',
  errors: adminsOnly,
  operations: {
    get: {
      summary: 'List imports',
      description: 'The import history, newest first, with each run’s counts and status (committed, dry run, undone). Admins only.',
      responses: ok('The runs', ZImportRunList),
    },
    post: {
      summary: 'Import files',
      description:
        'Imports people and deals (with their history) from Salesforce, HubSpot, Pipedrive or Cadence exports, or any CSV with the columns mapped. Records are keyed by (source, external id): the same file twice changes nothing; a newer export updates changed deals through the versioned deal path. Refused rows are left out and listed in the run’s error report. With `dryRun` the run is recorded and nothing else written. Files up to 60 MB; use `npm run import` for larger. Admins only.',
      body: ZImportUpload,
      bodyContentType: 'multipart/form-data',
      responses: created('The run and what was read', ZImportResult),
      errors: { 422: 'Required columns are not mapped, or the organisation is not set up; nothing was written' },
    },
  },
});
