import { boardRoute } from '@/server/board/board-route';

export const dynamic = 'force-dynamic';

// GET /api/boards/team/:teamId — a team's board: one lane per rep.
export const GET = boardRoute<{ teamId: string }>(({ teamId }) => ({ kind: 'team', teamId }));
