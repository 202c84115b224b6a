import { userRoute } from '@/server/user-route';
import { endAllSessions } from '@/server/use-cases/end-all-sessions';

export const dynamic = 'force-dynamic';

// DELETE /api/me/sessions — sign out everywhere: every session of the caller ends (API tokens stay).
export const DELETE = userRoute(async ({ actor }) => Response.json(await endAllSessions({ actor })));
