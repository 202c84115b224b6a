import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { listOffices } from '@/server/use-cases/list-offices';
import { createOffice } from '@/server/use-cases/create-office';

export const dynamic = 'force-dynamic';

// GET /api/admin/offices — every office (admins).
export const GET = userRoute(async ({ actor }) => Response.json({ offices: await listOffices({ actor }) }));

// POST /api/admin/offices — add an office (admins).
export const POST = userRoute(async ({ actor, request }) =>
  Response.json({ office: await createOffice({ actor, input: await readJson(request) }) }, { status: 201 }),
);
