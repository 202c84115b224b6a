import { handleErrors } from '@/server/http';
import { readParameters } from '@/server/request-parameters';
import { getTvBurnDown } from '@/server/use-cases/get-tv-burn-down';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ token: string }> };

// GET /api/tv/:token/burn-down?slide=N — the burn-down a TV link's playlist shows as its screen N; read when that screen comes round.
export const GET = handleErrors(async (request: Request, context: Context) => {
  const { path, query } = await readParameters(request, documentation, 'get', context);
  const burnDown = await getTvBurnDown({ token: path.token, slide: query.slide });
  return Response.json({ burnDown }, { headers: { 'cache-control': 'no-store' } });
});
