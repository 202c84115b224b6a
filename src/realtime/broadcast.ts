import type { TDealChange } from '@/schemas/deal';
import type { RealtimeServer } from './registry';
import { teamRoom } from './rooms';

/** Sends a committed deal change to every board watching the teams it touches. */
export function sendDealChangeToBoards(io: RealtimeServer, change: TDealChange): void {
  const rooms = [teamRoom(change.teamId)];
  if (change.previousTeamId) rooms.push(teamRoom(change.previousTeamId));
  io.to(rooms).emit('deal:changed', change);
}
