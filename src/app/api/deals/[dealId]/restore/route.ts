import { restoreDeal } from '@/server/use-cases/restore-deal';
import { dealOperation } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// POST /api/deals/:dealId/restore — undo a delete.
export const POST = dealOperation(restoreDeal);
