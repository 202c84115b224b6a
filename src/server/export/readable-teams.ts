import type { SessionUser } from '@/server/auth/session-user';

/**
 * The teams whose deals, goals and forecasts a user may export: the same teams whose
 * boards they may see (an admin every team; others their own team and the teams they
 * lead or manage). Null means every team.
 */
export function readableTeamIds(actor: SessionUser): string[] | null {
  if (actor.role === 'ADMIN') return null;
  return [...new Set([...(actor.teamId ? [actor.teamId] : []), ...actor.ledTeamIds, ...actor.managedTeamIds])];
}

export function teamFilter(actor: SessionUser): { teamId?: { in: string[] } } {
  const teams = readableTeamIds(actor);
  return teams === null ? {} : { teamId: { in: teams } };
}
