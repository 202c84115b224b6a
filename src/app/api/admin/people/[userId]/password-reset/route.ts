import { userRoute } from '@/server/user-route';
import { resetPersonPassword } from '@/server/use-cases/reset-person-password';

export const dynamic = 'force-dynamic';

// POST /api/admin/people/:userId/password-reset — a new one-time set-password link (24 h).
export const POST = userRoute<{ userId: string }>(async ({ actor, params: { userId } }) => {
  const link = await resetPersonPassword({ actor, userId });
  return Response.json({ link }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
