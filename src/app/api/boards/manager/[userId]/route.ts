import { boardRoute } from '@/server/board/board-route';

export const dynamic = 'force-dynamic';

// GET /api/boards/manager/:userId — every team a manager manages.
export const GET = boardRoute<{ userId: string }>(({ userId }) => ({ kind: 'manager', userId }));
