import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getDeal } from '@/server/use-cases/get-deal';
import { updateDeal } from '@/server/use-cases/update-deal';
import { deleteDeal } from '@/server/use-cases/delete-deal';
import { dealOperation, type DealRouteContext } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// GET /api/deals/:dealId — one deal with its whole history.
export const GET = handleErrors(async (request: Request, context: DealRouteContext) => {
  const actor = await requireUser(request);
  const { dealId } = await context.params;
  return Response.json(await getDeal({ actor, dealId }));
});

// PATCH /api/deals/:dealId — edit fields; the body carries the version it was based on.
export const PATCH = dealOperation(updateDeal);

// DELETE /api/deals/:dealId — soft delete (restore undoes it); body or ?version= names the version.
export const DELETE = handleErrors(async (request: Request, context: DealRouteContext) => {
  const url = new URL(request.url);
  const version = url.searchParams.get('version');
  if (version === null) return dealOperation(deleteDeal)(request, context);
  const withBody = new Request(request.url, {
    method: 'DELETE',
    headers: request.headers,
    body: JSON.stringify({ version: Number(version), idempotencyKey: url.searchParams.get('idempotencyKey') ?? undefined }),
  });
  return dealOperation(deleteDeal)(withBody, context);
});
