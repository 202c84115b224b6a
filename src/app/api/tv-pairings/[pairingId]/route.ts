import { handleErrors } from '@/server/http';
import { readTvPairing } from '@/server/use-cases/read-tv-pairing';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ pairingId: string }> };

// GET /api/tv-pairings/:pairingId — public, with the screen's secret: paired yet? Once paired, the link to open (once).
export const GET = handleErrors(async (request: Request, context: Context) => {
  const { pairingId } = await context.params;
  const status = await readTvPairing({ pairingId, secret: request.headers.get('x-pairing-secret') ?? '' });
  return Response.json(status, { headers: { 'cache-control': 'no-store' } });
});
