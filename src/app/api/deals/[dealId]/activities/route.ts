import { logActivity } from '@/server/use-cases/log-activity';
import { dealOperation } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// POST /api/deals/:dealId/activities — log a call, email, meeting or note (optionally with the next step).
export const POST = dealOperation(logActivity);
