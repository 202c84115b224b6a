import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { changeOwnPassword } from '@/server/use-cases/change-own-password';

export const dynamic = 'force-dynamic';

// POST /api/me/password — any signed-in user changes their password, proving the current one.
export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json(await changeOwnPassword({ actor, input: await readJson(request) }));
});
