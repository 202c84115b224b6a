import { userRoute } from '@/server/user-route';
import { runImportJob } from '@/server/import/run-import-job';

export const dynamic = 'force-dynamic';

// POST /api/admin/imports/:importId/undo — undo a committed import (admins).
export const POST = userRoute<{ importId: string }>(async ({ actor, params: { importId } }) =>
  Response.json({ run: await runImportJob({ kind: 'undo', actor, importRunId: importId }) }),
);
