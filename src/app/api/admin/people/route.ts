import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { readQuery } from '@/server/admin/search-params';
import { listPeople } from '@/server/use-cases/list-people';
import { invitePerson } from '@/server/use-cases/invite-person';

export const dynamic = 'force-dynamic';

// GET /api/admin/people?teamId=&role=&active= — people (admins everyone; managers their teams').
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ people: await listPeople({ actor, filter: readQuery(request) }) });
});

// POST /api/admin/people — invite a person; the answer holds their one-time set-password link.
export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  const invitation = await invitePerson({ actor, input: await readJson(request) });
  return Response.json(invitation, { status: 201, headers: { 'cache-control': 'no-store' } });
});
