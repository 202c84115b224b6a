import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { updatePerson } from '@/server/use-cases/update-person';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ userId: string }> };

// PATCH /api/admin/people/:userId — change name, colour, start date, role or team (team moves keep history).
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { userId } = await context.params;
  return Response.json(await updatePerson({ actor, userId, input: await readJson(request) }));
});
