import { userRoute } from '@/server/user-route';
import { deleteHoliday } from '@/server/use-cases/delete-holiday';

export const dynamic = 'force-dynamic';

// DELETE /api/admin/offices/:officeId/holidays/:holidayId — remove one holiday (admins).
export const DELETE = userRoute<{ officeId: string; holidayId: string }>(async ({ actor, params: { officeId, holidayId } }) =>
  Response.json({ holiday: await deleteHoliday({ actor, officeId, holidayId }) }),
);
