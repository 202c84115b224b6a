import { userRoute } from '@/server/user-route';
import { readQuery } from '@/server/admin/search-params';
import { listAuditEntries } from '@/server/use-cases/list-audit-entries';

export const dynamic = 'force-dynamic';

// GET /api/admin/audit?actorId=&objectType=&objectId=&limit=&before= — the audit log, newest first (admins).
export const GET = userRoute(async ({ actor, request }) =>
  Response.json(await listAuditEntries({ actor, query: readQuery(request) })),
);
