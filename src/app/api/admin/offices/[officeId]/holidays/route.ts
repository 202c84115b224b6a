import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { listHolidays } from '@/server/use-cases/list-holidays';
import { createHoliday } from '@/server/use-cases/create-holiday';

export const dynamic = 'force-dynamic';

// GET /api/admin/offices/:officeId/holidays — the office's holidays, oldest first (admins).
export const GET = userRoute<{ officeId: string }>(async ({ actor, params: { officeId } }) =>
  Response.json({ holidays: await listHolidays({ actor, officeId }) }),
);

// POST /api/admin/offices/:officeId/holidays — add one holiday (admins).
export const POST = userRoute<{ officeId: string }>(async ({ actor, params: { officeId }, request }) =>
  Response.json({ holiday: await createHoliday({ actor, officeId, input: await readJson(request) }) }, { status: 201 }),
);
