import { ZApiTokenSummary, ZCreateApiTokenInput, ZCreatedApiToken } from '@/schemas/api-token';
import { describeCollectionRoute } from '@/server/openapi/collection-documentation';

export const documentation = describeCollectionRoute({
  path: '/api/tokens',
  tag: 'Tokens',
  items: { list: 'tokens', one: 'token', schema: ZApiTokenSummary },
  list: {
    summary: 'List your API tokens',
    description: 'Your personal API tokens, newest first, revoked ones included. The secret is never shown again.',
    answer: 'Newest first',
  },
  add: {
    summary: 'Create an API token',
    description: 'Makes a personal API token that acts as you. The secret (`token`) is in this answer only: send it as `Authorization: Bearer <token>`.',
    body: ZCreateApiTokenInput,
    answer: 'The new token, shown this once',
    added: ZCreatedApiToken,
    errors: { 422: 'You have too many active tokens' },
  },
});
