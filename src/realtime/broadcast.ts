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
