import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { readQuery } from '@/server/admin/search-params';
import { listPeople } from '@/server/use-cases/list-people';
import { invitePerson } from '@/server/use-cases/invite-person';

export const dynamic = 'force-dynamic';

// GET /api/admin/people?teamId=&role=&active= — people (admins everyone; managers their teams').
export const GET = userRoute(async ({ actor, request }) =>
  Response.json({ people: await listPeople({ actor, filter: readQuery(request) }) }),
);

// POST /api/admin/people — invite a person; the answer holds their one-time set-password link.
export const POST = userRoute(async ({ actor, request }) => {
  const invitation = await invitePerson({ actor, input: await readJson(request) });
  return Response.json(invitation, { status: 201, headers: { 'cache-control': 'no-store' } });
});
