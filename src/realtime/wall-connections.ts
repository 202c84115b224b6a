import type { RealtimeServer } from './registry';

/** The room every socket opened with one TV link joins, so revoking it can end them. */
export function wallTokenRoom(tokenId: string): string {
  return `wall-token:${tokenId}`;
}

/** Disconnects every screen showing a revoked TV link, on every instance. */
export function disconnectWallToken(io: RealtimeServer, tokenId: string): void {
  io.in(wallTokenRoom(tokenId)).disconnectSockets(true);
}
