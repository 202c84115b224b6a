import { randomBytes } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { recheckCredential, sessionFromApiToken, sessionFromCookieHeader } from '@/server/auth/authenticate-request';
import { startCredentialSweep } from './credential-sweep';
import { canViewTeamBoard } from '@/domain/board/permissions';
import { listDealChangesSince } from '@/server/use-cases/list-deal-changes-since';
import { teamRoom, wallRoom } from './rooms';
import { socketPath, ZBoardJoinRequest, ZBoardLeaveRequest, ZPingRequest, ZWallJoinRequest } from './events';
import { resolveWallToken } from '@/server/wall/wall-token';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { startWallPublisher } from './wall-publisher';
import { subscribeToServerEvents } from '@/server/events';
import { invalidateMonthSummaries } from '@/server/wall/load-month-summary';
import { ZDealChange } from '@/schemas/deal';
import { z } from 'zod';
import { startBoardGapFiller } from './board-gap-filler';

const ZSequences = z.array(z.number().int().positive()).max(1_000_000);
import { disconnectWallToken, wallTokenRoom } from './wall-connections';
import { sendDealChangeToBoards, sendForecastToTeam } from './broadcast';
import { setWallPublisher, type RealtimeServer } from './registry';

/**
 * Attaches socket.io to the HTTP server that also serves Next.js. A connection is
 * accepted only with the user's session cookie or a personal API token
 * (`auth: { token }`). With a Redis URL, instances share events through Redis streams:
 * board changes reach every instance's boards, and each deal change is also handed to
 * the other instances' wall publishers.
 * It subscribes to what the server announces (src/server/events.ts): committed deal
 * changes go to the boards and the wall publisher, invalidations to the publisher, and a
 * revoked TV link disconnects its screens.
 */
export async function attachRealtime(
  httpServer: HttpServer,
  options: { redisUrl?: string; instanceId?: string } = {},
): Promise<{ io: RealtimeServer; close: () => Promise<void> }> {
  const io: RealtimeServer = new Server(httpServer, {
    path: socketPath,
    serveClient: false,
    // Leave other upgrade requests (Next's development reload socket) alone.
    destroyUpgrade: false,
  });
  const { instanceId } = options;
  if (instanceId) {
    // A long-polling session is a series of requests that must all reach this instance:
    // its id names the instance, and the proxy routes on it (deploy/nginx, decision 024).
    io.engine.generateId = () => `${instanceId}-${randomBytes(15).toString('base64url')}`;
  }

  let redis: ReturnType<typeof createClient> | undefined;
  if (options.redisUrl) {
    redis = createClient({ url: options.redisUrl });
    redis.on('error', (error: unknown) => console.warn(`redis: ${String(error)}`));
    await redis.connect();
    io.adapter(createAdapter(redis));
  }

  io.use(async (socket, next) => {
    try {
      // A TV link: read-only, it may only watch its own wall.
      const wallToken: unknown = socket.handshake.auth?.wallToken;
      if (typeof wallToken === 'string' && wallToken.length > 0) {
        const wall = await resolveWallToken(wallToken);
        if (!wall) {
          next(new Error('unauthorized: this wallboard link is not valid or has been revoked'));
          return;
        }
        socket.data.wall = wall;
        next();
        return;
      }
      const token: unknown = socket.handshake.auth?.token;
      const authenticated =
        typeof token === 'string' && token.length > 0
          ? await sessionFromApiToken(token)
          : await sessionFromCookieHeader(socket.handshake.headers.cookie);
      if (!authenticated) {
        next(new Error('unauthorized: sign in first'));
        return;
      }
      const { user, credential } = authenticated;
      socket.data.userId = user.id;
      socket.data.credential = credential;
      socket.data.role = user.role;
      next();
    } catch {
      next(new Error('unavailable: could not check the session'));
    }
  });

  io.on('connection', (socket) => {
    const { userId, role, wall, credential } = socket.data;

    /** The socket's user as they are now, or null (and the socket ended) when its credential no longer holds. */
    const recheck = async () => {
      const user = credential ? await recheckCredential(credential) : null;
      if (!user) socket.disconnect(true);
      return user;
    };
    if (wall) void socket.join(wallTokenRoom(wall.tokenId));
    if (userId && role) socket.emit('session:ready', { userId, role, serverTime: new Date().toISOString() });

    socket.on('wall:join', async (payload, acknowledge) => {
      if (typeof acknowledge !== 'function') return;
      const parsed = ZWallJoinRequest.safeParse(payload ?? {});
      const scope = wall?.scope ?? (parsed.success ? parsed.data.scope : undefined);
      if (!scope) {
        acknowledge({ ok: false, error: 'wall:join needs a scope' });
        return;
      }
      try {
        // A user's socket proves its credential again on every join.
        if (!wall && !(await recheck())) {
          acknowledge({ ok: false, error: 'unauthorized: sign in again' });
          return;
        }
        // Leave any other wall first: a socket shows one wall at a time.
        for (const room of socket.rooms) if (room.startsWith('wall:')) await socket.leave(room);
        const detail = parsed.success ? parsed.data.detail : 'full';
        const room = wallRoom(scope, detail);
        await socket.join(room);
        const fresh = await getWallSnapshot({ scope, detail });
        // The room's last update when it is current, so the changes that follow apply to it.
        acknowledge({ ok: true, snapshot: wallPublisher.joinSnapshot(room, fresh) });
      } catch (error) {
        acknowledge({ ok: false, error: error instanceof Error ? error.message : 'could not load the wall' });
      }
    });

    socket.on('board:join', async (payload, acknowledge) => {
      if (typeof acknowledge !== 'function') return;
      if (!userId) {
        acknowledge({ ok: false, error: 'unauthorized: a wallboard link cannot open boards' });
        return;
      }
      const parsed = ZBoardJoinRequest.safeParse(payload);
      if (!parsed.success) {
        acknowledge({ ok: false, error: 'board:join needs teamIds and afterSequence' });
        return;
      }
      try {
        // The credential and the rights are checked afresh on every join: a revoked
        // token, an ended session or a role change applies at once.
        const user = await recheck();
        if (!user) {
          acknowledge({ ok: false, error: 'unauthorized: sign in again' });
          return;
        }
        const actor = user;
        const teamIds = parsed.data.teamIds.filter((teamId) => canViewTeamBoard(actor, teamId));
        // Join before reading the backlog, so nothing falls between the two.
        await socket.join(teamIds.map(teamRoom));
        const { changes, complete } = await listDealChangesSince({ teamIds, afterSequence: parsed.data.afterSequence });
        acknowledge({ ok: true, teamIds, changes, complete });
      } catch {
        acknowledge({ ok: false, error: 'unavailable: could not load the missed changes' });
      }
    });
    socket.on('board:leave', async (payload) => {
      const parsed = ZBoardLeaveRequest.safeParse(payload);
      if (!parsed.success) return;
      for (const teamId of parsed.data.teamIds) await socket.leave(teamRoom(teamId));
    });
    socket.on('ping', (payload, acknowledge) => {
      const parsed = ZPingRequest.safeParse(payload);
      if (!parsed.success || typeof acknowledge !== 'function') return;
      acknowledge({ sentAt: parsed.data.sentAt, serverTime: Date.now() });
    });
  });

  const credentialSweep = startCredentialSweep(io);
  const unsubscribe = subscribeToServerEvents({
    dealChanged: (change) => sendDealChangeToBoards(io, change),
    dealsChangedInBulk: ({ changes }) => {
      for (const change of changes) sendDealChangeToBoards(io, change);
    },
    dealsChangedTogether: ({ changes }) => {
      for (const change of changes) sendDealChangeToBoards(io, change);
    },
    forecastSaved: (saved) => sendForecastToTeam(io, saved),
    wallTokenRevoked: ({ tokenId }) => disconnectWallToken(io, tokenId),
    credentialsRevoked: () => credentialSweep.sweepNow(),
  });
  // Subscribed after the boards: a change reaches the boards first, then the walls.
  const wallPublisher = startWallPublisher(io);
  setWallPublisher(wallPublisher);
  // Several instances (docs/decisions/024): each serves the walls connected to it. A
  // change committed here is handed to the others through Redis, so that their ledgers
  // take it with no query and their walls hear it as soon as walls here do.
  // A change whose instance died before announcing it still reaches the boards here.
  const gapFiller = redis ? startBoardGapFiller(io) : undefined;
  const unsubscribeForwarding = redis
    ? subscribeToServerEvents({
        dealChanged: (change) => {
          gapFiller?.heard([change.sequence]);
          io.serverSideEmit('cadence:deal-changed', change);
        },
        dealsChangedTogether: ({ changes }) => {
          gapFiller?.heard(changes.map((change) => change.sequence));
          for (const change of changes) io.serverSideEmit('cadence:deal-changed', change);
        },
        dealsChangedInBulk: ({ changes }) => {
          const sequences = changes.map((change) => change.sequence);
          gapFiller?.heard(sequences);
          io.serverSideEmit('cadence:sequences-heard', sequences);
        },
        wallsInvalidated: () => io.serverSideEmit('cadence:walls-invalidated'),
      })
    : () => {};
  io.on('cadence:deal-changed', (payload: unknown) => {
    const parsed = ZDealChange.safeParse(payload);
    if (!parsed.success) return;
    gapFiller?.heard([parsed.data.sequence]);
    wallPublisher.markDirty(parsed.data);
  });
  io.on('cadence:sequences-heard', (payload: unknown) => {
    const parsed = ZSequences.safeParse(payload);
    if (parsed.success) gapFiller?.heard(parsed.data);
  });
  io.on('cadence:walls-invalidated', () => {
    invalidateMonthSummaries();
    wallPublisher.markDirty();
  });

  return {
    io,
    close: async () => {
      unsubscribe();
      unsubscribeForwarding();
      gapFiller?.stop();
      setWallPublisher(undefined);
      wallPublisher.stop();
      credentialSweep.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      if (redis?.isOpen) await redis.quit();
    },
  };
}
