import { boardRoute } from '@/server/board/board-route';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/boards/manager/:userId — every team a manager manages.
export const GET = boardRoute(documentation, ({ userId }) => ({ kind: 'manager', userId }));
