import { handleErrors } from '@/server/http';
import { getTvBurnDown } from '@/server/use-cases/get-tv-burn-down';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ token: string }> };

// GET /api/tv/:token/burn-down?slide=N — the burn-down a TV link's playlist shows as its screen N; read when that screen comes round.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const { token } = await context.params;
  const burnDown = await getTvBurnDown({ token, slide: new URL(request.url).searchParams.get('slide') });
  return Response.json({ burnDown }, { headers: { 'cache-control': 'no-store' } });
});
