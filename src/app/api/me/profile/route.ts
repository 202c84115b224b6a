import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { updateOwnProfile } from '@/server/use-cases/update-own-profile';

export const dynamic = 'force-dynamic';

// PATCH /api/me/profile — any signed-in user changes their own name.
export const PATCH = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ user: await updateOwnProfile({ actor, input: await readJson(request) }) });
});
