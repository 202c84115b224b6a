import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { endAllSessions } from '@/server/use-cases/end-all-sessions';

export const dynamic = 'force-dynamic';

// DELETE /api/me/sessions — sign out everywhere: every session of the caller ends (API tokens stay).
export const DELETE = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json(await endAllSessions({ actor }));
});
