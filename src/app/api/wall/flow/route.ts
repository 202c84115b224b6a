import { userRoute } from '@/server/user-route';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';
import { getMonthFlow } from '@/server/use-cases/get-month-flow';

export const dynamic = 'force-dynamic';

// GET /api/wall/flow?kind=team|office&id=… — the month's flow so far (new, pulled in, pushed out, won, lost).
export const GET = userRoute(async ({ request }) => {
  const { query } = await readParameters(request, documentation, 'get');
  const flow = await getMonthFlow({ scope: query });
  return Response.json({ flow }, { headers: { 'cache-control': 'no-store' } });
});
