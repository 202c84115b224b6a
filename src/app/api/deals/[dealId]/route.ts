import { userRoute } from '@/server/user-route';
import { handleErrors } from '@/server/http';
import { readParameters } from '@/server/request-parameters';
import { getDeal } from '@/server/use-cases/get-deal';
import { updateDeal } from '@/server/use-cases/update-deal';
import { deleteDeal } from '@/server/use-cases/delete-deal';
import { dealOperation, type DealRouteContext } from '@/server/board/deal-route-handlers';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/deals/:dealId — one deal with its whole history.
export const GET = userRoute<{ dealId: string }>(async ({ actor, params: { dealId } }) => Response.json(await getDeal({ actor, dealId })));

// PATCH /api/deals/:dealId — edit fields; the body carries the version it was based on.
export const PATCH = dealOperation(updateDeal);

// DELETE /api/deals/:dealId — soft delete (restore undoes it). The version comes in the body,
// or as ?version= when there is no body; a body always wins over the query.
export const DELETE = handleErrors(async (request: Request, context: DealRouteContext) => {
  const text = await request.text();
  let body = text;
  if (text.trim() === '') {
    const { query } = await readParameters(request, documentation, 'delete', context);
    body = JSON.stringify(query.version === undefined ? {} : { version: Number(query.version), idempotencyKey: query.idempotencyKey });
  }
  return dealOperation(deleteDeal)(new Request(request.url, { method: 'DELETE', headers: request.headers, body }), context);
});
