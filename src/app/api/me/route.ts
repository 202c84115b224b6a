import { userRoute } from '@/server/user-route';

export const dynamic = 'force-dynamic';

// GET /api/me — the signed-in user (by session cookie or API token).
export const GET = userRoute(async ({ actor: user }) => Response.json({ user }));
