import { requireUser } from '@/server/auth/authenticate-request';
import { handleErrors } from '@/server/http';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';

export const dynamic = 'force-dynamic';

// GET /api/wall?officeId=…&month=YYYY-MM — the pacing wall for the company or one office.
export const GET = handleErrors(async (request: Request) => {
  await requireUser(request);
  const parameters = new URL(request.url).searchParams;
  const officeId = parameters.get('officeId');
  const snapshot = await getWallSnapshot({
    scope: officeId ? { kind: 'office', officeId } : { kind: 'company' },
    month: parameters.get('month'),
  });
  return Response.json({ snapshot }, { headers: { 'cache-control': 'no-store' } });
});
