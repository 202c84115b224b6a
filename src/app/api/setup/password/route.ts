import { handleErrors, readJson } from '@/server/http';
import { AppError } from '@/server/errors';
import { assertNotThrottled, clientAddress, recordFailure } from '@/server/auth/throttle';
import { getPasswordLinkStatus } from '@/server/use-cases/get-password-link-status';
import { setPasswordWithLink } from '@/server/use-cases/set-password-with-link';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/setup/password?token= — public: whether a set-password link works, and whose it is.
export const GET = handleErrors(async (request: Request) => {
  const { query } = await readParameters(request, documentation, 'get');
  return Response.json(await getPasswordLinkStatus({ token: query.token ?? '' }), { headers: { 'cache-control': 'no-store' } });
});

// POST /api/setup/password — public: set a password once through a link; guessing links is throttled per address.
export const POST = handleErrors(async (request: Request) => {
  const keys = [{ name: 'password-link', key: clientAddress(request) }] as const;
  await assertNotThrottled(keys);
  try {
    return Response.json(await setPasswordWithLink({ input: await readJson(request) }));
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') await recordFailure(keys);
    throw error;
  }
});
