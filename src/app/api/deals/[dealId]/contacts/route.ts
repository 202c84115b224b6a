import { saveDealContacts } from '@/server/use-cases/save-deal-contacts';
import { dealOperation } from '@/server/board/deal-route-handlers';

export const dynamic = 'force-dynamic';

// PUT /api/deals/:dealId/contacts — replace the people on the deal (champion, who has left).
export const PUT = dealOperation(saveDealContacts);
