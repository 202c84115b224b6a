import { setNextStep } from '@/server/use-cases/set-next-step';
import { dealOperation } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// PUT /api/deals/:dealId/next-step — set or clear the next step and its due date.
export const PUT = dealOperation(setNextStep);
