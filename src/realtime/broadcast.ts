import type { TDealChange } from '@/schemas/deal';
import type { TSprintForecastSaved } from './events';
import type { RealtimeServer } from './registry';
import { teamRoom } from './rooms';

/** Sends a committed deal change to every board watching the teams it touches. */
export function sendDealChangeToBoards(io: RealtimeServer, change: TDealChange): void {
  const rooms = [teamRoom(change.teamId)];
  if (change.previousTeamId) rooms.push(teamRoom(change.previousTeamId));
  io.to(rooms).emit('deal:changed', change);
}

/** Tells every page watching a team (boards, sprint pages, standups) that one of its reps saved a forecast. */
export function sendForecastToTeam(io: RealtimeServer, saved: TSprintForecastSaved): void {
  io.to(teamRoom(saved.teamId)).emit('sprint:forecast', saved);
}

/** Sends a change to the boards connected to this instance only (the board gap filler's path). */
export function sendDealChangeToLocalBoards(io: RealtimeServer, change: TDealChange): void {
  const rooms = [teamRoom(change.teamId)];
  if (change.previousTeamId) rooms.push(teamRoom(change.previousTeamId));
  io.local.to(rooms).emit('deal:changed', change);
}
