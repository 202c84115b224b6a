import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { resetPersonPassword } from '@/server/use-cases/reset-person-password';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ userId: string }> };

// POST /api/admin/people/:userId/password-reset — a new one-time set-password link (24 h).
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { userId } = await context.params;
  const link = await resetPersonPassword({ actor, userId });
  return Response.json({ link }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
