import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { runImportJob } from '@/server/import/run-import-job';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ importId: string }> };

// POST /api/admin/imports/:importId/undo — undo a committed import (admins).
export const POST = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { importId } = await context.params;
  return Response.json({ run: await runImportJob({ kind: 'undo', actor, importRunId: importId }) });
});
