import { ZCreateWallTokenInput, ZCreatedWallToken, ZWallTokenSummary } from '@/schemas/wall';
import { describeCollectionRoute } from '@/server/openapi/collection-documentation';
import { noSuchOffice } from '@/server/openapi/describe-route';

export const documentation = describeCollectionRoute({
  path: '/api/wall-tokens',
  tag: 'Wall',
  items: { list: 'tokens', one: 'token', schema: ZWallTokenSummary },
  list: {
    summary: 'List the TV links you manage',
    description: 'Admins see every TV link; leads the links of their own office. Newest first; secrets are never shown again.',
    answer: 'Newest first',
  },
  add: {
    summary: 'Make a read-only TV link',
    description: 'A link that shows one wall without a session, for a screen on the office wall. Admins may make any; leads one for their own office. `officeId` is required when `scope` is OFFICE.',
    body: ZCreateWallTokenInput,
    answer: 'The link, shown this once',
    added: ZCreatedWallToken,
    errors: { 403: 'Only admins, and leads for their own office, make TV links', ...noSuchOffice, 422: 'The office is not yours' },
  },
});
