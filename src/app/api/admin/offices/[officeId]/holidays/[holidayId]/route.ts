import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { deleteHoliday } from '@/server/use-cases/delete-holiday';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ officeId: string; holidayId: string }> };

// DELETE /api/admin/offices/:officeId/holidays/:holidayId — remove one holiday (admins).
export const DELETE = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { officeId, holidayId } = await context.params;
  return Response.json({ holiday: await deleteHoliday({ actor, officeId, holidayId }) });
});
