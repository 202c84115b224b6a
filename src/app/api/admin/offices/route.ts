import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { listOffices } from '@/server/use-cases/list-offices';
import { createOffice } from '@/server/use-cases/create-office';

export const dynamic = 'force-dynamic';

// GET /api/admin/offices — every office (admins).
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ offices: await listOffices({ actor }) });
});

// POST /api/admin/offices — add an office (admins).
export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ office: await createOffice({ actor, input: await readJson(request) }) }, { status: 201 });
});
