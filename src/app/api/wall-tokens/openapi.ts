import { z } from 'zod';
import { ZCreateWallTokenInput, ZCreatedWallToken, ZWallTokenSummary } from '@/schemas/wall';
import { created, describeRoute, noSuchOffice, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/wall-tokens',
  tag: 'Wall',
  operations: {
    get: {
      summary: 'List the TV links you manage',
      description: 'Admins see every TV link; leads the links of their own office. Newest first; secrets are never shown again.',
      responses: ok('Newest first', { tokens: z.array(ZWallTokenSummary) }),
    },
    post: {
      summary: 'Make a read-only TV link',
      description: 'A link that shows one wall without a session, for a screen on the office wall. Admins may make any; leads one for their own office. `officeId` is required when `scope` is OFFICE.',
      body: ZCreateWallTokenInput,
      responses: created('The link, shown this once', { token: ZCreatedWallToken }),
      errors: { 403: 'Only admins, and leads for their own office, make TV links', ...noSuchOffice, 422: 'The office is not yours' },
    },
  },
});
