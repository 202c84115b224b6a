import { boardRoute } from '@/server/board/board-route';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/boards/rep/:userId — one rep's deals.
export const GET = boardRoute(documentation, ({ userId }) => ({ kind: 'rep', userId }));
