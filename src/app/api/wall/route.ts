import { userRoute } from '@/server/user-route';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { wallSnapshotResponse } from '@/server/wall/wall-snapshot-cache';
import { readParameters } from '@/server/request-parameters';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/wall?officeId=…&month=YYYY-MM — the pacing wall for the company or one office.
export const GET = userRoute(async ({ request }) => {
  const { query } = await readParameters(request, documentation, 'get');
  const snapshot = await getWallSnapshot({
    scope: query.officeId ? { kind: 'office', officeId: query.officeId } : { kind: 'company' },
    month: query.month,
  });
  return wallSnapshotResponse(snapshot, request);
});
