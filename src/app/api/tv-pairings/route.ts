import { handleErrors } from '@/server/http';
import { assertNotThrottled, clientAddress, recordFailure } from '@/server/auth/throttle';
import { startTvPairing } from '@/server/use-cases/start-tv-pairing';

export const dynamic = 'force-dynamic';

// POST /api/tv-pairings — public: a screen asks for a 6-digit code to be paired with (throttled per address).
export const POST = handleErrors(async (request: Request) => {
  const keys = [{ name: 'tv-pairing-start', key: clientAddress(request) }] as const;
  await assertNotThrottled(keys);
  await recordFailure(keys);
  return Response.json(await startTvPairing(), { status: 201, headers: { 'cache-control': 'no-store' } });
});
