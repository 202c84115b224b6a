import type { SessionUser } from '@/server/auth/session-user';
import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { ZIdempotencyKeyHeaders } from '@/server/openapi/describe-route';
import type { DealChangeResult } from './change-deal';

export type DealRouteContext = { params: Promise<{ dealId: string }> };

/**
 * The body of a deal request, with an Idempotency-Key header folded in when sent. The
 * header is read through the schema every deal operation documents (8 to 100 characters).
 */
export async function readDealInput(request: Request): Promise<unknown> {
  const body = await readJson(request);
  const headerKey = ZIdempotencyKeyHeaders.parse({ 'Idempotency-Key': request.headers.get('idempotency-key') ?? undefined })['Idempotency-Key'];
  if (headerKey && body && typeof body === 'object' && !('idempotencyKey' in body)) {
    return { ...body, idempotencyKey: headerKey };
  }
  return body;
}

export function dealChangeResponse(result: DealChangeResult, status = 200): Response {
  return Response.json(
    { deal: result.deal, change: result.change },
    { status, headers: result.replayed ? { 'idempotent-replay': 'true' } : undefined },
  );
}

/** A POST handler for one deal operation: authenticate, read the body, run the use case. */
export function dealOperation(
  useCase: (options: { actor: SessionUser; dealId: string; input: unknown }) => Promise<DealChangeResult>,
) {
  return userRoute<{ dealId: string }>(async ({ actor, params: { dealId }, request }) =>
    dealChangeResponse(await useCase({ actor, dealId, input: await readDealInput(request) })),
  );
}
