import { createHash } from 'node:crypto';
import { AppError } from '@/server/errors';
import { scopedIdempotencyKey } from './record-deal-change';

// An idempotency key stands for one request: the operation, the deal it names and the
// body. The key is stored with a fingerprint of those, so that a retry (same key, same
// request) gets the first answer, and the same key sent with another request is refused
// instead of silently answered with a result that is not its own.

export type Idempotency = { key: string; fingerprint: string };

/** Key order does not change what a body asks for. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The key (kept per actor) and fingerprint of a deal request, or null without a key. */
export function idempotencyOf(
  actorId: string,
  operation: string,
  dealId: string | null,
  input: { idempotencyKey?: string | undefined },
): Idempotency | null {
  const key = scopedIdempotencyKey(actorId, input.idempotencyKey);
  if (!key) return null;
  const { idempotencyKey: _key, ...body } = input;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([operation, dealId, canonical(body)]))
    .digest('hex');
  return { key, fingerprint };
}

/** Refuses a stored key's replay for a request that is not the one it was first sent with. */
export function assertSameRequest(stored: string | null, idempotency: Idempotency): void {
  // Events recorded before fingerprints were kept have none: they replay as before.
  if (stored !== null && stored !== idempotency.fingerprint) {
    throw new AppError('UNPROCESSABLE', 'idempotency key reused for a different request');
  }
}
