import { userRoute } from '@/server/user-route';
import { readImportForm } from '@/server/import/read-import-form';
import { runImportJob } from '@/server/import/run-import-job';

export const dynamic = 'force-dynamic';

// POST /api/admin/imports/preview — what importing the uploaded files would do; writes nothing (admins).
export const POST = userRoute(async ({ actor, request }) => {
  const { files, options } = await readImportForm(request);
  return Response.json(await runImportJob({ kind: 'preview', actor, files, input: options }));
});
