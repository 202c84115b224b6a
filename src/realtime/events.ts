import { z } from 'zod';

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

export type ServerToClientEvents = {
  'session:ready': (payload: TSessionReady) => void;
};

export type ClientToServerEvents = {
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
