/** One socket.io room per team: every board showing that team's deals joins it. */
export function teamRoom(teamId: string): string {
  return `team:${teamId}`;
}

/** One room per wall scope: the company's wall, and each office's. */
export function wallRoom(scope: { kind: 'company' } | { kind: 'office'; officeId: string }): string {
  return scope.kind === 'company' ? 'wall:company' : `wall:office:${scope.officeId}`;
}
