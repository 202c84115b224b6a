import { redirect } from 'next/navigation';
import { requireSessionUser } from '@/server/auth/get-session-user';
import { naturalBoardPath } from './natural-board-path';

// GET /board — the user's natural board: their team's (reps and leads), the teams they
// manage (managers), or the whole company (admins).
export default async function BoardIndexPage() {
  const user = await requireSessionUser('/board');
  redirect(naturalBoardPath(user));
}
