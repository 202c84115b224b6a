import { userRoute } from '@/server/user-route';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';
import { getBurnDown } from '@/server/use-cases/get-burn-down';

export const dynamic = 'force-dynamic';

// GET /api/wall/burn-down?kind=team&id=…&month=YYYY-MM — the 2D burn-down of one scope.
export const GET = userRoute(async ({ request }) => {
  const { query } = await readParameters(request, documentation, 'get');
  const burnDown = await getBurnDown({ scope: { kind: query.kind, id: query.id }, month: query.month });
  return Response.json({ burnDown }, { headers: { 'cache-control': 'no-store' } });
});
