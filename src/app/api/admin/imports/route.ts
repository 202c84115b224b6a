import { userRoute } from '@/server/user-route';
import { listImportRuns } from '@/server/use-cases/list-import-runs';
import { readImportForm } from '@/server/import/read-import-form';
import { runImportJob } from '@/server/import/run-import-job';

export const dynamic = 'force-dynamic';

// GET /api/admin/imports — the import history, newest first (admins).
export const GET = userRoute(async ({ actor }) => Response.json({ runs: await listImportRuns({ actor }) }));

// POST /api/admin/imports — import the uploaded files, or a dry run of them (admins).
export const POST = userRoute(async ({ actor, request }) => {
  const { files, options } = await readImportForm(request);
  // Read, planned and written in a worker thread: the board stays responsive meanwhile.
  return Response.json(await runImportJob({ kind: 'commit', actor, files, input: options }), { status: 201 });
});
