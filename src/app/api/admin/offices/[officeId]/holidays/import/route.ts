import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { importHolidays } from '@/server/use-cases/import-holidays';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ officeId: string }> };

// POST /api/admin/offices/:officeId/holidays/import — import .ics or CSV text; all or nothing (admins).
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { officeId } = await context.params;
  return Response.json(await importHolidays({ actor, officeId, input: await readJson(request) }));
});
