import { userRoute } from '@/server/user-route';
import { listTimeZones } from '@/domain/admin/intl-codes';

export const dynamic = 'force-dynamic';

// GET /api/admin/time-zones — every IANA time zone the server knows, for the office form.
export const GET = userRoute(async () => Response.json({ timeZones: listTimeZones() }));
