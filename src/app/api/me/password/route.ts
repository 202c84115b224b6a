import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { changeOwnPassword } from '@/server/use-cases/change-own-password';

export const dynamic = 'force-dynamic';

// POST /api/me/password — any signed-in user changes their password, proving the current one.
export const POST = userRoute(async ({ actor, request }) =>
  Response.json(await changeOwnPassword({ actor, input: await readJson(request) })),
);
