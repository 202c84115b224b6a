import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors, readJson } from '@/server/http';
import { updateOffice } from '@/server/use-cases/update-office';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ officeId: string }> };

// PATCH /api/admin/offices/:officeId — change an office's settings (admins).
export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { officeId } = await context.params;
  return Response.json({ office: await updateOffice({ actor, officeId, input: await readJson(request) }) });
});
