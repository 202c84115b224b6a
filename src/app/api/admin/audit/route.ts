import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { readQuery } from '@/server/admin/search-params';
import { listAuditEntries } from '@/server/use-cases/list-audit-entries';

export const dynamic = 'force-dynamic';

// GET /api/admin/audit?actorId=&objectType=&objectId=&limit=&before= — the audit log, newest first (admins).
export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser(request);
  return Response.json(await listAuditEntries({ actor, query: readQuery(request) }));
});
