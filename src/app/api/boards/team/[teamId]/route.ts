import { boardRoute } from '@/server/board/board-route';
import { documentation } from './openapi';

export const dynamic = 'force-dynamic';

// GET /api/boards/team/:teamId — a team's board: one lane per rep.
export const GET = boardRoute(documentation, ({ teamId }) => ({ kind: 'team', teamId }));
