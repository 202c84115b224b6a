import { z } from 'zod';
import { ZDealCard, ZDealChange, ZUpdateDealInput, ZVersionedInput } from '@/schemas/deal';
import { describeRoute } from '@/server/openapi/describe-route';
import { describeDealChange } from '@/server/openapi/deal-documentation';

export const ZDeleteDealQuery = z.object({
  version: z
    .string()
    .regex(/^[1-9]\d*$/)
    .optional()
    .meta({ description: 'The version the delete is based on, when the request has no body (a body `version` wins)' }),
  idempotencyKey: z.string().min(8).max(100).optional().meta({ description: 'With `version`: the idempotency key, when the request has no body' }),
});

export const documentation = describeRoute({
  path: '/api/deals/{dealId}',
  tag: 'Deals',
  operations: {
    get: {
      summary: 'Read a deal with its history',
      description: 'The deal and every change to it, oldest first. Any signed-in user who may see the deal’s board may read it.',
      responses: {
        200: { description: 'The deal and every change to it, oldest first', schema: z.object({ deal: ZDealCard, history: z.array(ZDealChange) }) },
      },
      errors: { 404: 'No such deal, or not visible to you' },
    },
    patch: describeDealChange({
      summary: 'Edit a deal',
      description:
        'Changes the account, title, amount, expected close date, noteworthy flag or notes. The body carries the `version` it was based on and at least one field to change; a stale version answers 409 with the current deal.',
      body: ZUpdateDealInput,
      answer: 'The updated deal',
      errors: { 403: 'You may not edit this deal', 422: 'The deal is deleted' },
    }),
    delete: describeDealChange({
      summary: 'Delete a deal',
      description:
        'A soft delete: the deal leaves the board and restore brings it back. The version it is based on comes in the body (`{"version": 3}`) or, for clients that cannot send a body with DELETE, as `?version=3`; the body wins when both are sent.',
      query: ZDeleteDealQuery,
      body: ZVersionedInput,
      isBodyRequired: false,
      answer: 'The deleted deal',
      errors: { 403: 'You may not delete this deal', 422: 'The deal is already deleted' },
    }),
  },
});
