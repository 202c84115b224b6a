import { readJson } from '@/server/http';
import { userRoute } from '@/server/user-route';
import { updateOffice } from '@/server/use-cases/update-office';

export const dynamic = 'force-dynamic';

// PATCH /api/admin/offices/:officeId — change an office's settings (admins).
export const PATCH = userRoute<{ officeId: string }>(async ({ actor, params: { officeId }, request }) =>
  Response.json({ office: await updateOffice({ actor, officeId, input: await readJson(request) }) }),
);
