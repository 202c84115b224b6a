import { userRoute } from '@/server/user-route';
import { undoImport } from '@/server/use-cases/undo-import';

export const dynamic = 'force-dynamic';

// POST /api/admin/imports/:importId/undo — undo a committed import (admins).
export const POST = userRoute<{ importId: string }>(async ({ actor, params: { importId } }) =>
  Response.json({ run: await undoImport({ actor, importRunId: importId }) }),
);
