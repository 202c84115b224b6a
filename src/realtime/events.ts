import { z } from 'zod';
import type { TDealChange } from '@/schemas/deal';

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

export const ZBoardLeaveRequest = z.object({ teamIds: z.array(z.string().min(1).max(100)).max(100) });

export type ServerToClientEvents = {
  'session:ready': (payload: TSessionReady) => void;
  /** A committed change to a deal on one of the teams this socket's boards show. */
  'deal:changed': (change: TDealChange) => void;
};

export type ClientToServerEvents = {
  'board:join': (request: TBoardJoinRequest, acknowledge: (reply: TBoardJoinReply) => void) => void;
  'board:leave': (request: z.infer<typeof ZBoardLeaveRequest>) => void;
  /** Round-trip check; the acknowledgement carries the server's clock. */
  ping: (payload: TPingRequest, acknowledge: (reply: { sentAt: number; serverTime: number }) => void) => void;
};

export type InterServerEvents = Record<string, never>;

export type SocketData = {
  userId: string;
  role: TSessionReady['role'];
};

/** The path socket.io is served on, next to Next.js on the same port. */
export const socketPath = '/socket.io';
