'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { browserTransports, socketPath } from '@/realtime/socket-path';
import type { ClientToServerEvents, ServerToClientEvents } from '@/realtime/events';
import type { TWallSnapshot } from '@/schemas/wall';
import { followWall, type WallConnection, type WallSocket } from './follow-wall';
import { wallScopeKey } from '@/domain/pacing/wall-bar-key';
import type { TeamWin } from './live-snapshot';

// Keeps a wall's figures live for as long as the page is open (the rules are in
// follow-wall.ts). Only the latest snapshot is kept.

export type { WallConnection } from './follow-wall';

export type WallCredentials = { kind: 'session' } | { kind: 'tv'; token: string };

type Options = {
  initialSnapshot: TWallSnapshot;
  credentials: WallCredentials;
  /** Only the current month moves; a past month's wall never connects. */
  isLive: boolean;
  /** Teams that closed won business in a pushed snapshot. */
  onWins?: (wins: TeamWin[]) => void;
  /** A TV's wall detail: `full` when its playlist shows reps. */
  tvDetail?: 'full' | 'teams';
};

type Live = {
  snapshot: TWallSnapshot;
  connection: WallConnection;
  /** When the figures on screen last arrived from the server (epoch ms). */
  updatedAt: number;
};

function toWallSocket(socket: Socket<ServerToClientEvents, ClientToServerEvents>): WallSocket {
  return {
    get isConnected() {
      return socket.connected;
    },
    get isActive() {
      return socket.active;
    },
    onConnect: (listener) => socket.on('connect', listener),
    onDisconnect: (listener) => socket.on('disconnect', (reason) => listener(reason)),
    onConnectError: (listener) => {
      socket.on('connect_error', listener);
      // A connection closed before its handshake raises no connect_error, only a new attempt.
      socket.io.on('reconnect_attempt', () => listener(new Error('reconnecting')));
    },
    onSnapshot: (listener) => socket.on('wall:snapshot', listener),
    onFigures: (listener) => socket.on('wall:figures', listener),
    onChanges: (listener) => socket.on('wall:changes', listener),
    join: (request, timeoutMs, callback) => socket.timeout(timeoutMs).emit('wall:join', request, callback),
    connect: () => socket.connect(),
    disconnect: () => socket.disconnect(),
  };
}

export function useWallLive(options: Options): Live {
  const { initialSnapshot, credentials, isLive } = options;
  const [live, setLive] = useState<Live>(() => ({
    snapshot: initialSnapshot,
    connection: isLive ? 'connecting' : 'off',
    updatedAt: Date.parse(initialSnapshot.generatedAt),
  }));
  const shown = useRef(initialSnapshot);
  const onWins = useRef(options.onWins);
  useLayoutEffect(() => {
    onWins.current = options.onWins;
  });

  const tvToken = credentials.kind === 'tv' ? credentials.token : null;
  const tvDetail = options.tvDetail ?? 'teams';
  const wallKey = wallScopeKey(initialSnapshot.scope);

  useEffect(() => {
    if (!isLive) return;
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      path: socketPath,
      ...browserTransports(),
      withCredentials: true,
      auth: tvToken ? { wallToken: tvToken } : undefined,
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 10_000,
    });
    const stop = followWall({
      socket: toWallSocket(socket),
      isTv: tvToken !== null,
      tvDetail,
      scope: shown.current.scope,
      shown: () => shown.current,
      show: (snapshot) => {
        shown.current = snapshot;
        setLive((current) => ({ ...current, snapshot, updatedAt: Date.now() }));
      },
      setConnection: (connection) => setLive((current) => (current.connection === connection ? current : { ...current, connection })),
      onWins: (wins) => onWins.current?.(wins),
    });
    return () => {
      stop();
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [isLive, tvToken, wallKey, tvDetail]);

  return live;
}
