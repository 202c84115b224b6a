import { ZWallTokenSummary } from '@/schemas/wall';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/wall-tokens/{tokenId}',
  tag: 'Wall',
  operations: {
    delete: {
      summary: 'Revoke a TV link',
      description: 'Screens showing the link disconnect and show that it was revoked.',
      responses: ok('The revoked link', { token: ZWallTokenSummary }),
      errors: { 403: 'You may not manage this link', 404: 'No such link' },
    },
  },
});
