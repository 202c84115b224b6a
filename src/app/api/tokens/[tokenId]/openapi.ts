import { ZApiTokenSummary } from '@/schemas/api-token';
import { describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/tokens/{tokenId}',
  tag: 'Tokens',
  operations: {
    delete: {
      summary: 'Revoke an API token',
      description: 'Revokes one of your own tokens; requests with it answer 401 from now on.',
      responses: ok('The revoked token', { token: ZApiTokenSummary }),
      errors: { 404: 'No such token of yours' },
    },
  },
});
