import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { createPlannedHire } from '@/server/use-cases/create-planned-hire';
import { listPlannedHires } from '@/server/use-cases/list-planned-hires';

export const dynamic = 'force-dynamic';

// GET /api/forecast/hiring-plan — the planned hires and the teams the user may plan for.
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json(await listPlannedHires({ actor }));
});

// POST /api/forecast/hiring-plan — add a planned hire (admins; managers for their teams).
export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ hire: await createPlannedHire({ actor, input: await readJson(request) }) }, { status: 201 });
});
