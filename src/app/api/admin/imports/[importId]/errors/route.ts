import { userRoute } from '@/server/user-route';
import { getImportReport } from '@/server/use-cases/get-import-report';

export const dynamic = 'force-dynamic';

// GET /api/admin/imports/:importId/errors — the run's per-row error report as CSV (admins).
export const GET = userRoute<{ importId: string }>(async ({ actor, params: { importId } }) => {
  const report = await getImportReport({ actor, importRunId: importId });
  return new Response(report.csv, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${report.fileName}"` } });
});
