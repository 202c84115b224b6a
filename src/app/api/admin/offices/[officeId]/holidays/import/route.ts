import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { importHolidays } from '@/server/use-cases/import-holidays';

export const dynamic = 'force-dynamic';

// POST /api/admin/offices/:officeId/holidays/import — import .ics or CSV text; all or nothing (admins).
export const POST = userRoute<{ officeId: string }>(async ({ actor, params: { officeId }, request }) =>
  Response.json(await importHolidays({ actor, officeId, input: await readJson(request) })),
);
