import type { TDealChange } from '@/schemas/deal';
import { getRealtimeServer, markWallsDirty } from './registry';
import { teamRoom } from './rooms';

/** Sends a committed deal change to every board watching the teams it touches. */
export function broadcastDealChange(change: TDealChange): void {
  const io = getRealtimeServer();
  if (!io) return;
  const rooms = [teamRoom(change.teamId)];
  if (change.previousTeamId) rooms.push(teamRoom(change.previousTeamId));
  io.to(rooms).emit('deal:changed', change);
  markWallsDirty(change);
}

/**
 * Sends committed changes to the boards of their teams without feeding them to the
 * walls one by one: after a bulk write (an import) the walls are refreshed once instead.
 */
export function broadcastDealChangesToBoards(changes: readonly TDealChange[]): void {
  const io = getRealtimeServer();
  if (!io) return;
  for (const change of changes) {
    const rooms = [teamRoom(change.teamId)];
    if (change.previousTeamId) rooms.push(teamRoom(change.previousTeamId));
    io.to(rooms).emit('deal:changed', change);
  }
}
