import { closeDeal } from '@/server/use-cases/close-deal';
import { dealOperation } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// POST /api/deals/:dealId/close — complete as won or lost.
export const POST = dealOperation(closeDeal);
