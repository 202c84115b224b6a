import { ZCreateDealInput, ZDealResult } from '@/schemas/deal';
import { describeRoute, ZIdempotencyKeyHeaders, ZReplayHeaders } from '@/server/openapi/describe-route';

export const documentation = describeRoute({
  path: '/api/deals',
  tag: 'Deals',
  operations: {
    post: {
      summary: 'Create a deal',
      description:
        'Creates a deal for yourself, or for a rep you lead or manage (`ownerId`). Send an idempotency key (body `idempotencyKey` or the `Idempotency-Key` header) to make a retry safe: the first request answers 201, a replay with the same key answers 200 with the same deal and `Idempotent-Replay: true`.',
      headers: ZIdempotencyKeyHeaders,
      body: ZCreateDealInput,
      responses: {
        201: { description: 'The new deal and its CREATED change', schema: ZDealResult },
        200: { description: 'A replay: the deal the first request with this idempotency key created', schema: ZDealResult, headers: ZReplayHeaders },
      },
      errors: { 403: 'You may not create deals for that owner', 404: 'The owner does not exist', 422: 'The owner has no team, or is not active' },
    },
  },
});
