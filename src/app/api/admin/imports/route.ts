import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { commitImport } from '@/server/use-cases/commit-import';
import { listImportRuns } from '@/server/use-cases/list-import-runs';
import { readImportForm } from '@/server/import/read-import-form';

export const dynamic = 'force-dynamic';

// GET /api/admin/imports — the import history, newest first (admins).
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json({ runs: await listImportRuns({ actor }) });
});

// POST /api/admin/imports — import the uploaded files, or a dry run of them (admins).
export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  const { files, options } = await readImportForm(request);
  return Response.json(await commitImport({ actor, files, input: options }), { status: 201 });
});
