import { ZImportResult, ZImportRunList, ZImportUpload } from '@/schemas/import';
import { describeRoute } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/admin/imports',
  tag: 'Import',
  errors: { 403: 'Admins only' },
  operations: {
    get: {
      summary: 'List imports',
      description: 'The import history, newest first, with each run’s counts and status (committed, dry run, undone). Admins only.',
      responses: { 200: { description: 'The runs', schema: ZImportRunList } },
    },
    post: {
      summary: 'Import files',
      description:
        'Imports people and deals (with their history) from Salesforce, HubSpot, Pipedrive or Cadence exports, or any CSV with the columns mapped. Records are keyed by (source, external id): the same file twice changes nothing; a newer export updates changed deals through the versioned deal path. Refused rows are left out and listed in the run’s error report. With `dryRun` the run is recorded and nothing else written. Files up to 60 MB; use `npm run import` for larger. Admins only.',
      body: ZImportUpload,
      bodyContentType: 'multipart/form-data',
      responses: { 201: { description: 'The run and what was read', schema: ZImportResult } },
      errors: { 422: 'Required columns are not mapped, or the organisation is not set up; nothing was written' },
    },
  },
});
