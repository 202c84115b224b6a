import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getImportReport } from '@/server/use-cases/get-import-report';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ importId: string }> };

// GET /api/admin/imports/:importId/errors — the run's per-row error report as CSV (admins).
export const GET = handleErrors(async (request: Request, context: Context) => {
  const actor = await requireUser(request);
  const { importId } = await context.params;
  const report = await getImportReport({ actor, importRunId: importId });
  return new Response(report.csv, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${report.fileName}"` } });
});
