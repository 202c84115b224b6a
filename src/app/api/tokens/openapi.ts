import { z } from 'zod';
import { ZApiTokenSummary, ZCreateApiTokenInput, ZCreatedApiToken } from '@/schemas/api-token';
import { created, describeRoute, ok } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/tokens',
  tag: 'Tokens',
  operations: {
    get: {
      summary: 'List your API tokens',
      description: 'Your personal API tokens, newest first, revoked ones included. The secret is never shown again.',
      responses: ok('Newest first', { tokens: z.array(ZApiTokenSummary) }),
    },
    post: {
      summary: 'Create an API token',
      description: 'Makes a personal API token that acts as you. The secret (`token`) is in this answer only: send it as `Authorization: Bearer <token>`.',
      body: ZCreateApiTokenInput,
      responses: created('The new token, shown this once', { token: ZCreatedApiToken }),
      errors: { 422: 'You have too many active tokens' },
    },
  },
});
