import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { deactivatePerson } from '@/server/use-cases/deactivate-person';

export const dynamic = 'force-dynamic';

// POST /api/admin/people/:userId/deactivate — stop a person signing in; hand their open deals over.
export const POST = userRoute<{ userId: string }>(async ({ actor, params: { userId }, request }) =>
  Response.json(await deactivatePerson({ actor, userId, input: await readJson(request) })),
);
