import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { deactivatePerson } from '@/server/use-cases/deactivate-person';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ userId: string }> };

// POST /api/admin/people/:userId/deactivate — stop a person signing in; hand their open deals over.
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { userId } = await context.params;
  return Response.json(await deactivatePerson({ actor, userId, input: await readJson(request) }));
});
