import { userRoute } from '@/server/user-route';
import { createDeal } from '@/server/use-cases/create-deal';
import { dealChangeResponse, readDealInput } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// POST /api/deals — create a deal (for yourself, or for a rep you lead or manage).
export const POST = userRoute(async ({ actor, request }) => {
  const result = await createDeal({ actor, input: await readDealInput(request) });
  return dealChangeResponse(result, result.replayed ? 200 : 201);
});
