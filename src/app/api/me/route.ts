import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';

export const dynamic = 'force-dynamic';

// GET /api/me — the signed-in user (by session cookie or API token).
export const GET = handleErrors(async (request: Request) => {
  const user = await requireUser(request);
  return Response.json({ user });
});
