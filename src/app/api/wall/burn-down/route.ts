import { userRoute } from '@/server/user-route';
import { getBurnDown } from '@/server/use-cases/get-burn-down';

export const dynamic = 'force-dynamic';

// GET /api/wall/burn-down?kind=team&id=…&month=YYYY-MM — the 2D burn-down of one scope.
export const GET = userRoute(async ({ request }) => {
  const parameters = new URL(request.url).searchParams;
  const burnDown = await getBurnDown({
    scope: { kind: parameters.get('kind'), id: parameters.get('id') ?? undefined },
    month: parameters.get('month'),
  });
  return Response.json({ burnDown }, { headers: { 'cache-control': 'no-store' } });
});
