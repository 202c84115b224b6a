/** One socket.io room per team: every board showing that team's deals joins it. */
export function teamRoom(teamId: string): string {
  return `team:${teamId}`;
}

/**
 * One room per wall scope (the company's wall, each office's) and detail: `teams`
 * walls (TV screens) get no rep bars, which keeps their updates small.
 */
export function wallRoom(scope: { kind: 'company' } | { kind: 'office'; officeId: string }, detail: 'full' | 'teams'): string {
  return `${scope.kind === 'company' ? 'wall:company' : `wall:office:${scope.officeId}`}:${detail}`;
}
