import { userRoute } from '@/server/user-route';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';

export const dynamic = 'force-dynamic';

// GET /api/wall?officeId=…&month=YYYY-MM — the pacing wall for the company or one office.
export const GET = userRoute(async ({ request }) => {
  const parameters = new URL(request.url).searchParams;
  const officeId = parameters.get('officeId');
  const snapshot = await getWallSnapshot({
    scope: officeId ? { kind: 'office', officeId } : { kind: 'company' },
    month: parameters.get('month'),
  });
  return Response.json({ snapshot }, { headers: { 'cache-control': 'no-store' } });
});
