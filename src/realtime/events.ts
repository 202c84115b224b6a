import { z } from 'zod';
import type { Credential } from '@/server/auth/authenticate-request';
import type { TDealChange } from '@/schemas/deal';
import { ZWallScope, type TWallChanges, type TWallFigures, type TWallScope, type TWallSnapshot } from '@/schemas/wall';

// The socket.io event maps, declared once and shared by the server and the browser.
// Every payload has a zod schema; what clients send is validated on arrival.

export const ZSessionReady = z.object({
  userId: z.string(),
  role: z.enum(['REP', 'LEAD', 'MANAGER', 'ADMIN']),
  serverTime: z.string(),
});
export type TSessionReady = z.infer<typeof ZSessionReady>;

export const ZPingRequest = z.object({ sentAt: z.number() });
export type TPingRequest = z.infer<typeof ZPingRequest>;

/** A board asks for its teams' live changes, and for what it missed since a sequence. */
export const ZBoardJoinRequest = z.object({
  teamIds: z.array(z.string().min(1).max(100)).min(1).max(100),
  afterSequence: z.number().int().min(0),
});
export type TBoardJoinRequest = z.infer<typeof ZBoardJoinRequest>;

export type TBoardJoinReply =
  | { ok: true; teamIds: string[]; changes: TDealChange[]; complete: boolean }
  | { ok: false; error: string };

export type TSprintForecastSaved = { teamId: string; sprintId: string; userId: string };

export const ZBoardLeaveRequest = z.object({ teamIds: z.array(z.string().min(1).max(100)).max(100) });

export type ServerToClientEvents = {
  'session:ready': (payload: TSessionReady) => void;
  /** A committed change to a deal on one of the teams this socket's boards show. */
  'deal:changed': (change: TDealChange) => void;
  /** A rep saved a forecast in a sprint of one of the teams this socket's boards (or sprint pages) joined. */
  'sprint:forecast': (payload: TSprintForecastSaved) => void;
  /** The latest figures of a wall this socket shows, whole (bursts are coalesced). */
  'wall:snapshot': (snapshot: TWallSnapshot) => void;
  /** The latest figures of a wall whose bars are unchanged: numbers only, for the snapshot with the same layout. */
  'wall:figures': (figures: TWallFigures) => void;
  /** The bars of a wall whose figures changed since the update it shows (src/schemas/wall.ts). */
  'wall:changes': (changes: TWallChanges) => void;
};

/** A wall asks for live figures. A TV link's socket may omit the scope: its link decides. */
export const ZWallJoinRequest = z.object({
  scope: ZWallScope.optional(),
  /** `teams` leaves out the rep bars (TV screens); `full` by default. */
  detail: z.enum(['full', 'teams']).default('full'),
});
export type TWallJoinReply = { ok: true; snapshot: TWallSnapshot } | { ok: false; error: string };

export type ClientToServerEvents = {
  'board:join': (request: TBoardJoinRequest, acknowledge: (reply: TBoardJoinReply) => void) => void;
  'board:leave': (request: z.infer<typeof ZBoardLeaveRequest>) => void;
  'wall:join': (request: z.input<typeof ZWallJoinRequest>, acknowledge: (reply: TWallJoinReply) => void) => void;
  /** Round-trip check; the acknowledgement carries the server's clock. */
  ping: (payload: TPingRequest, acknowledge: (reply: { sentAt: number; serverTime: number }) => void) => void;
};

/**
 * Between instances sharing Redis: each committed deal change and each wall invalidation
 * is handed to every other instance, whose wall publisher then serves its own walls
 * (docs/decisions/024).
 */
export type InterServerEvents = {
  'cadence:deal-changed': (change: TDealChange) => void;
  'cadence:walls-invalidated': () => void;
  /** The sequence numbers of changes committed in bulk (an import): boards heard them already. */
  'cadence:sequences-heard': (sequences: number[]) => void;
};

/** A socket belongs to a signed-in user, or to a read-only TV link (never both). */
export type SocketData = {
  userId?: string;
  /** What a user's socket rests on; it is ended when this no longer holds. */
  credential?: Credential;
  role?: TSessionReady['role'];
  wall?: { tokenId: string; scope: TWallScope };
};

/** The path socket.io is served on, next to Next.js on the same port. */
export { socketPath } from './socket-path';
