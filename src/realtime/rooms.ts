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

/**
 * Every wall socket also joins one of a few shard rooms of its wall room, so that a
 * publish can go out shard by shard with the event loop free in between: sending to a
 * thousand sockets in one go blocks it for tens of milliseconds, and with it every
 * request and every transaction waiting on its next statement.
 */
export const wallShardCount = 8;

export function wallShardRoom(room: string, shard: number): string {
  return `${room}#${shard}`;
}

/** The shard a socket joins, from its id (spread evenly enough for this purpose). */
export function wallShardOf(socketId: string): number {
  let hash = 0;
  for (let index = 0; index < socketId.length; index += 1) hash = (hash * 31 + socketId.charCodeAt(index)) | 0;
  return Math.abs(hash) % wallShardCount;
}
