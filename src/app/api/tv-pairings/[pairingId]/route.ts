import { handleErrors } from '@/server/http';
import { readParameters } from '@/server/request-parameters';
import { readTvPairing } from '@/server/use-cases/read-tv-pairing';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ pairingId: string }> };

// GET /api/tv-pairings/:pairingId — public, with the screen's secret: paired yet? Once paired, the link to open (once).
export const GET = handleErrors(async (request: Request, context: Context) => {
  const { path, headers } = await readParameters(request, documentation, 'get', context);
  const status = await readTvPairing({ pairingId: path.pairingId, secret: headers['x-pairing-secret'] });
  return Response.json(status, { headers: { 'cache-control': 'no-store' } });
});
