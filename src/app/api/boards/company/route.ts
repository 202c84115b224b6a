import { boardRoute } from '@/server/board/board-route';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/boards/company — every team (admins).
export const GET = boardRoute(documentation, () => ({ kind: 'company' }));
