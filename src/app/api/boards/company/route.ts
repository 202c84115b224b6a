import { boardRoute } from '@/server/board/board-route';

export const dynamic = 'force-dynamic';

// GET /api/boards/company — every team (admins).
export const GET = boardRoute<Record<string, never>>(() => ({ kind: 'company' }));
