import { ZDealResult } from '@/schemas/deal';
import { ZIdempotencyKeyHeaders, ZReplayHeaders, type OperationDescription } from './describe-route';

/** The answer to a deal change whose `version` is stale. */
const staleDealVersion = 'The deal changed since the version you sent: `details.deal` is the deal as it is now';

type DealChangeDeclaration = Omit<OperationDescription, 'tag' | 'headers' | 'responses' | 'errors'> & {
  /** What the 200 answer holds, e.g. 'The closed deal'. */
  answer: string;
  /** Why this change is refused (403) and when it does not apply (422). */
  errors: { 403: string; 422: string };
};

/**
 * A change to an existing deal, as `dealChange` declares it on the server (src/server/board/change-deal.ts):
 * `describeDealChange({ summary, description, body: ZCloseDealInput, answer: 'The closed deal', errors: { 403: …, 422: … } })`.
 * What every such change shares is added here: the Idempotency-Key header, the deal and its change
 * as the 200 answer (with `Idempotent-Replay` on a replay), 404 for a deal that is not there and 409
 * for a stale version.
 */
export function describeDealChange<Declaration extends DealChangeDeclaration>({ answer, errors, ...operation }: Declaration) {
  return {
    ...operation,
    headers: ZIdempotencyKeyHeaders,
    responses: { 200: { description: answer, schema: ZDealResult, headers: ZReplayHeaders } },
    errors: { 403: errors[403], 404: 'No such deal', 409: staleDealVersion, 422: errors[422] },
  };
}
