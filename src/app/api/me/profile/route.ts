import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { updateOwnProfile } from '@/server/use-cases/update-own-profile';

export const dynamic = 'force-dynamic';

// PATCH /api/me/profile — any signed-in user changes their own name.
export const PATCH = userRoute(async ({ actor, request }) =>
  Response.json({ user: await updateOwnProfile({ actor, input: await readJson(request) }) }),
);
