import { moveDeal } from '@/server/use-cases/move-deal';
import { dealOperation } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// POST /api/deals/:dealId/move — move to another open column, another position or another rep.
export const POST = dealOperation(moveDeal);
