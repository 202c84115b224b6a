import { userRoute } from '@/server/user-route';
import { previewImport } from '@/server/use-cases/preview-import';
import { readImportForm } from '@/server/import/read-import-form';

export const dynamic = 'force-dynamic';

// POST /api/admin/imports/preview — what importing the uploaded files would do; writes nothing (admins).
export const POST = userRoute(async ({ actor, request }) => {
  const { files, options } = await readImportForm(request);
  return Response.json(await previewImport({ actor, files, input: options }));
});
