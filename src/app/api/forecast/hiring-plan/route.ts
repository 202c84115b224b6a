import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { createPlannedHire } from '@/server/use-cases/create-planned-hire';
import { listPlannedHires } from '@/server/use-cases/list-planned-hires';

export const dynamic = 'force-dynamic';

// GET /api/forecast/hiring-plan — the planned hires and the teams the user may plan for.
export const GET = userRoute(async ({ actor }) => Response.json(await listPlannedHires({ actor })));

// POST /api/forecast/hiring-plan — add a planned hire (admins; managers for their teams).
export const POST = userRoute(async ({ actor, request }) =>
  Response.json({ hire: await createPlannedHire({ actor, input: await readJson(request) }) }, { status: 201 }),
);
