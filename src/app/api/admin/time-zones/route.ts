import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { listTimeZones } from '@/domain/admin/intl-codes';

export const dynamic = 'force-dynamic';

// GET /api/admin/time-zones — every IANA time zone the server knows, for the office form.
export const GET = handleErrors(async (request: Request) => {
  await requireUser(request);
  return Response.json({ timeZones: listTimeZones() });
});
