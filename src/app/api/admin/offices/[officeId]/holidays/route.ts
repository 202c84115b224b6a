import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { listHolidays } from '@/server/use-cases/list-holidays';
import { createHoliday } from '@/server/use-cases/create-holiday';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ officeId: string }> };

// GET /api/admin/offices/:officeId/holidays — the office's holidays, oldest first (admins).
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { officeId } = await context.params;
  return Response.json({ holidays: await listHolidays({ actor, officeId }) });
});

// POST /api/admin/offices/:officeId/holidays — add one holiday (admins).
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { officeId } = await context.params;
  return Response.json({ holiday: await createHoliday({ actor, officeId, input: await readJson(request) }) }, { status: 201 });
});
