import type { TWallScope, TWallSnapshot } from '@/schemas/wall';

// The rules a live wall applies to the figures the server pushes. Pure, so they are
// tested without a socket.

export function scopeKey(scope: TWallScope): string {
  return scope.kind === 'company' ? 'company' : `office:${scope.officeId}`;
}

/**
 * Whether a pushed snapshot may replace the one on screen. Figures never move backwards:
 * an older sequence is ignored. An equal sequence is accepted, because the server
 * refreshes the pace every 30 seconds without a new deal event. A later month replaces
 * an earlier one (the month turned over while the wall was open); another scope never
 * replaces this one.
 */
export function canReplaceSnapshot(shown: TWallSnapshot, incoming: TWallSnapshot): boolean {
  if (scopeKey(incoming.scope) !== scopeKey(shown.scope)) return false;
  if (incoming.month !== shown.month) return incoming.month > shown.month;
  return incoming.sequence >= shown.sequence;
}

/** A team whose closed-won figure went up between two snapshots of the same month. */
export type TeamWin = {
  teamId: string;
  teamName: string;
  amountMinor: number;
  currency: string;
  locale: string;
  colour: string;
};

/** The teams that closed (more) won business between two snapshots of one month. */
export function findTeamWins(previous: TWallSnapshot, next: TWallSnapshot): TeamWin[] {
  if (previous.month !== next.month || next.sequence <= previous.sequence) return [];
  const before = new Map(previous.teams.map((team) => [team.id, team.closedWonMinor]));
  const wins: TeamWin[] = [];
  for (const team of next.teams) {
    const earlier = before.get(team.id);
    if (earlier === undefined || team.closedWonMinor <= earlier) continue;
    wins.push({
      teamId: team.id,
      teamName: team.name,
      amountMinor: team.closedWonMinor - earlier,
      currency: team.currency,
      locale: team.locale,
      colour: team.colour,
    });
  }
  return wins;
}
