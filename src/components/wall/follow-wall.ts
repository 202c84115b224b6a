import type { TWallJoinReply } from '@/realtime/events';
import type { TWallChanges, TWallFigures, TWallScope, TWallSnapshot, TWallWin } from '@/schemas/wall';
import { applyChanges, applyFigures, canReplaceSnapshot, findTeamWins, nameTeamWins, type TeamWin } from './live-snapshot';

// How a wall follows its live figures over one socket, kept apart from React and from
// socket.io so the rules can be tested with a fake socket:
//
// - on every (re)connect it joins the wall again and shows what the join returns, so a
//   wall resynchronises after a server restart (unless a newer push already arrived on
//   this connection);
// - a pushed snapshot older than what is shown is ignored; equal or newer replaces it;
// - pushed figures apply to the bars on screen, and pushed changes to the update on
//   screen; figures for other bars (the server's layout changed, say a team was renamed)
//   or changes to another update make it join again for the whole snapshot;
// - socket.io reconnects lost connections itself; when the server ends the connection
//   (a revoked TV link, a shutdown) or refuses it for a reason other than credentials,
//   this asks again with a growing delay, forever;
// - a refusal of the credentials is final: "revoked" for a TV link, "signed-out" for a
//   session;
// - a connection that goes quiet for longer than the server's refresh interval allows
//   is replaced.

export type WallConnection =
  /** A past month: final figures, no socket. */
  | 'off'
  | 'connecting'
  | 'live'
  | 'reconnecting'
  /** A TV link that was revoked (or no longer exists): nothing will reconnect it. */
  | 'revoked'
  /** The browser's session ended: the user must sign in again. */
  | 'signed-out';

/** The part of a socket.io client a wall uses. */
export type WallSocket = {
  readonly isConnected: boolean;
  /** False once the server refused the handshake: socket.io will not retry by itself. */
  readonly isActive: boolean;
  onConnect: (listener: () => void) => void;
  onDisconnect: (listener: (reason: string) => void) => void;
  onConnectError: (listener: (error: Error) => void) => void;
  onSnapshot: (listener: (snapshot: TWallSnapshot) => void) => void;
  onFigures: (listener: (figures: TWallFigures) => void) => void;
  onChanges: (listener: (changes: TWallChanges) => void) => void;
  join: (request: { scope?: TWallScope; detail?: 'full' | 'teams' }, timeoutMs: number, callback: (error: Error | null, reply?: TWallJoinReply) => void) => void;
  connect: () => void;
  disconnect: () => void;
};

export type FollowWallOptions = {
  socket: WallSocket;
  /** A TV link's socket joins without a scope: its link decides. */
  isTv: boolean;
  /** A TV asks for the rep bars only when its playlist shows a team's reps (default: teams only). */
  tvDetail?: 'full' | 'teams';
  scope: TWallScope;
  /** The snapshot on screen now. */
  shown: () => TWallSnapshot;
  show: (snapshot: TWallSnapshot) => void;
  setConnection: (connection: WallConnection) => void;
  onWins: (wins: TeamWin[]) => void;
};

export const joinTimeoutMs = 10_000;
/** The server refreshes every wall every 30 s; this long without a word means a stuck connection. */
export const silenceLimitMs = 100_000;
const firstRetryMs = 1_000;
/** Figures for bars this wall does not show ask for the whole snapshot, at most this often. */
const rejoinIntervalMs = 5_000;
const longestRetryMs = 30_000;

/** Starts following; returns the function that stops. */
export function followWall(options: FollowWallOptions): () => void {
  const { socket, isTv, scope, shown, show, setConnection, onWins } = options;
  const tvDetail = options.tvDetail ?? 'teams';
  let isStopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelayMs = firstRetryMs;
  let lastHeardAt = Date.now();
  let hasPushSinceJoin = false;
  let isJoining = false;
  let lastJoinAt = 0;

  const retry = (action: () => void) => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      if (!isStopped) action();
    }, retryDelayMs);
    retryDelayMs = Math.min(retryDelayMs * 2, longestRetryMs);
  };

  const join = () => {
    hasPushSinceJoin = false;
    isJoining = true;
    lastJoinAt = Date.now();
    // A TV shows team bars only (unless its playlist shows reps), so it asks for the smaller updates without rep bars.
    socket.join(isTv ? { detail: tvDetail } : { scope }, joinTimeoutMs, (error, reply) => {
      isJoining = false;
      if (isStopped) return;
      if (error || !reply?.ok) {
        setConnection('reconnecting');
        retry(() => {
          if (socket.isConnected) join();
        });
        return;
      }
      retryDelayMs = firstRetryMs;
      lastHeardAt = Date.now();
      if (hasPushSinceJoin && reply.snapshot.sequence < shown().sequence) {
        setConnection('live');
        return;
      }
      show(reply.snapshot);
      setConnection('live');
    });
  };

  socket.onConnect(() => {
    if (isStopped) return;
    setConnection('connecting');
    join();
  });

  const accept = (previous: TWallSnapshot, snapshot: TWallSnapshot, named?: readonly TWallWin[]) => {
    if (!canReplaceSnapshot(previous, snapshot)) return;
    hasPushSinceJoin = true;
    show(snapshot);
    const wins = nameTeamWins(findTeamWins(previous, snapshot), named);
    if (wins.length > 0) onWins(wins);
  };

  socket.onSnapshot(({ wins: named, ...snapshot }) => {
    if (isStopped) return;
    lastHeardAt = Date.now();
    accept(shown(), snapshot, named);
  });

  /**
   * A live update in figures or changes: applied to what is shown when it fits; when it
   * does not and it is newer, the whole wall is fetched again.
   */
  const takeUpdate =
    <Update extends { month: string; sequence: number; wins?: TWallWin[] }>(apply: (shown: TWallSnapshot, update: Update) => TWallSnapshot | null) =>
    (update: Update) => {
      if (isStopped) return;
      lastHeardAt = Date.now();
      const previous = shown();
      const snapshot = apply(previous, update);
      if (snapshot) {
        accept(previous, snapshot, update.wins);
        return;
      }
      const isNewer = update.month > previous.month || (update.month === previous.month && update.sequence >= previous.sequence);
      if (isNewer && !isJoining && socket.isConnected && Date.now() - lastJoinAt >= rejoinIntervalMs) join();
    };
  socket.onFigures(takeUpdate(applyFigures));
  socket.onChanges(takeUpdate(applyChanges));

  socket.onDisconnect((reason) => {
    if (isStopped) return;
    setConnection('reconnecting');
    if (reason === 'io server disconnect') retry(() => socket.connect());
  });

  socket.onConnectError((error) => {
    if (isStopped) return;
    if (socket.isActive) {
      // A lost connection: socket.io keeps trying.
      setConnection('reconnecting');
      return;
    }
    if (error.message.startsWith('unauthorized')) {
      isStopped = true;
      clearTimeout(retryTimer);
      setConnection(isTv ? 'revoked' : 'signed-out');
      socket.disconnect();
      return;
    }
    setConnection('reconnecting');
    retry(() => socket.connect());
  });

  const watchdog = setInterval(() => {
    if (!isStopped && socket.isConnected && Date.now() - lastHeardAt > silenceLimitMs) {
      lastHeardAt = Date.now();
      socket.disconnect();
      socket.connect();
    }
  }, 20_000);

  return () => {
    isStopped = true;
    clearTimeout(retryTimer);
    clearInterval(watchdog);
  };
}
