import type { SessionUser } from '@/server/auth/session-user';

/**
 * Where /board sends each user: their team, the teams they manage, or the whole company.
 * The main navigation links here directly, so a click on "Board" is one navigation
 * (with its placeholder shown at once) rather than a redirect.
 */
export function naturalBoardPath(user: SessionUser): string {
  if (user.role === 'ADMIN') return '/board/company';
  if (user.role === 'MANAGER') return `/board/manager/${encodeURIComponent(user.id)}`;
  const teamId = user.teamId ?? user.ledTeamIds[0];
  return teamId ? `/board/team/${encodeURIComponent(teamId)}` : `/board/rep/${encodeURIComponent(user.id)}`;
}
