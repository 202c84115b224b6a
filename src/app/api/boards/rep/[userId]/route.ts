import { boardRoute } from '@/server/board/board-route';

export const dynamic = 'force-dynamic';

// GET /api/boards/rep/:userId — one rep's deals.
export const GET = boardRoute<{ userId: string }>(({ userId }) => ({ kind: 'rep', userId }));
