import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { userFromApiToken, userFromCookieHeader } from '@/server/auth/authenticate-request';
import {
  socketPath,
  ZPingRequest,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from './events';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

type RealtimeGlobal = typeof globalThis & { __cadenceRealtime?: RealtimeServer };

/** The running socket.io server, for use cases that broadcast after a commit. */
export function getRealtimeServer(): RealtimeServer | undefined {
  return (globalThis as RealtimeGlobal).__cadenceRealtime;
}

/**
 * Attaches socket.io to the HTTP server that also serves Next.js. A connection is
 * accepted only with the user's session cookie or a personal API token
 * (`auth: { token }`). With a Redis URL, instances share events through Redis streams.
 */
export async function attachRealtime(
  httpServer: HttpServer,
  options: { redisUrl?: string } = {},
): Promise<{ io: RealtimeServer; close: () => Promise<void> }> {
  const io: RealtimeServer = new Server(httpServer, {
    path: socketPath,
    serveClient: false,
    // Leave other upgrade requests (Next's development reload socket) alone.
    destroyUpgrade: false,
  });

  let redis: ReturnType<typeof createClient> | undefined;
  if (options.redisUrl) {
    redis = createClient({ url: options.redisUrl });
    redis.on('error', (error: unknown) => console.warn(`redis: ${String(error)}`));
    await redis.connect();
    io.adapter(createAdapter(redis));
  }

  io.use(async (socket, next) => {
    try {
      const token: unknown = socket.handshake.auth?.token;
      const user =
        typeof token === 'string' && token.length > 0
          ? await userFromApiToken(token)
          : await userFromCookieHeader(socket.handshake.headers.cookie);
      if (!user) {
        next(new Error('unauthorized: sign in first'));
        return;
      }
      socket.data.userId = user.id;
      socket.data.role = user.role;
      next();
    } catch {
      next(new Error('unavailable: could not check the session'));
    }
  });

  io.on('connection', (socket) => {
    socket.emit('session:ready', {
      userId: socket.data.userId,
      role: socket.data.role,
      serverTime: new Date().toISOString(),
    });
    socket.on('ping', (payload, acknowledge) => {
      const parsed = ZPingRequest.safeParse(payload);
      if (!parsed.success || typeof acknowledge !== 'function') return;
      acknowledge({ sentAt: parsed.data.sentAt, serverTime: Date.now() });
    });
  });

  (globalThis as RealtimeGlobal).__cadenceRealtime = io;

  return {
    io,
    close: async () => {
      (globalThis as RealtimeGlobal).__cadenceRealtime = undefined;
      await new Promise<void>((resolve) => io.close(() => resolve()));
      if (redis?.isOpen) await redis.quit();
    },
  };
}
