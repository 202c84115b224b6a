import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { updatePerson } from '@/server/use-cases/update-person';

export const dynamic = 'force-dynamic';

// PATCH /api/admin/people/:userId — change name, colour, start date, role or team (team moves keep history).
export const PATCH = userRoute<{ userId: string }>(async ({ actor, params: { userId }, request }) =>
  Response.json(await updatePerson({ actor, userId, input: await readJson(request) })),
);
