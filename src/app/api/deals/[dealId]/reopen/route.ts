import { reopenDeal } from '@/server/use-cases/reopen-deal';
import { dealOperation } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// POST /api/deals/:dealId/reopen — take a completed deal back to an open column.
export const POST = dealOperation(reopenDeal);
