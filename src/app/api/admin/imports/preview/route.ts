import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { readImportForm } from '@/server/import/read-import-form';
import { runImportJob } from '@/server/import/run-import-job';

export const dynamic = 'force-dynamic';

// POST /api/admin/imports/preview — what importing the uploaded files would do; writes nothing (admins).
export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  const { files, options } = await readImportForm(request);
  return Response.json(await runImportJob({ kind: 'preview', actor, files, input: options }));
});
