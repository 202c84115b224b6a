import { readJson } from '@/server/http';
import { AppError } from '@/server/errors';
import { userRoute } from '@/server/user-route';
import { assertNotThrottled, clientAddress, recordFailure } from '@/server/auth/throttle';
import { pairTv } from '@/server/use-cases/pair-tv';

export const dynamic = 'force-dynamic';

// POST /api/wall-tokens/pair — make a TV link for the screen showing this code (admins; leads for their office). Wrong codes are throttled.
export const POST = userRoute(async ({ actor, request }) => {
  const keys = [
    { name: 'tv-pairing-code', key: `user:${actor.id}` },
    { name: 'tv-pairing-code', key: `address:${clientAddress(request)}` },
  ] as const;
  await assertNotThrottled(keys);
  try {
    return Response.json(await pairTv({ actor, input: await readJson(request) }), { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') await recordFailure(keys);
    throw error;
  }
});
