import { userRoute } from '@/server/user-route';
import { getMonthFlow } from '@/server/use-cases/get-month-flow';

export const dynamic = 'force-dynamic';

// GET /api/wall/flow?kind=team|office&id=… — the month's flow so far (new, pulled in, pushed out, won, lost).
export const GET = userRoute(async ({ request }) => {
  const parameters = new URL(request.url).searchParams;
  const flow = await getMonthFlow({ scope: { kind: parameters.get('kind'), id: parameters.get('id') } });
  return Response.json({ flow }, { headers: { 'cache-control': 'no-store' } });
});
