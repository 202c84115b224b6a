/** One socket.io room per team: every board showing that team's deals joins it. */
export function teamRoom(teamId: string): string {
  return `team:${teamId}`;
}
