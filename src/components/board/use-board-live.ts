'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { browserTransports, socketPath } from '@/realtime/socket-path';
import type { ClientToServerEvents, ServerToClientEvents, TBoardJoinReply } from '@/realtime/events';
import type { TDealChange } from '@/schemas/deal';

// Keeps a board live: joins its teams' rooms, replays what was missed since the last
// change seen, and applies every change as it happens. On each reconnect it joins again
// from a margin before the highest sequence seen (domain/board/live-changes.ts), so
// nothing is missed and (with the caller skipping sequences it has seen) nothing is
// applied twice.

export type ConnectionState = 'connecting' | 'live' | 'offline';

const joinTimeoutMilliseconds = 10_000;

export function useBoardLive(options: {
  teamIds: readonly string[];
  /** The sequence to ask for changes after: the first join, or a join again after a reconnect. */
  afterSequence: (isRejoin: boolean) => number;
  onChanges: (changes: TDealChange[]) => void;
  /** Too much was missed to replay: load the board afresh. */
  onMissedTooMuch: () => void;
}): ConnectionState {
  const [state, setState] = useState<ConnectionState>('connecting');
  const callbacks = useRef(options);
  useLayoutEffect(() => {
    callbacks.current = options;
  });
  const teamKey = [...options.teamIds].sort().join(',');

  useEffect(() => {
    const teamIds = teamKey ? teamKey.split(',') : [];
    if (teamIds.length === 0) return;
    // A connection of its own: io() would otherwise hand back the socket the header's live
    // indicator already holds (socket.io shares one per address), whose 'connect' may have
    // fired already and whose listeners the cleanup below must not remove.
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      path: socketPath,
      ...browserTransports(),
      withCredentials: true,
      forceNew: true,
    });
    let isCurrent = true;
    let hasJoined = false;

    const join = () => {
      setState('connecting');
      socket
        .timeout(joinTimeoutMilliseconds)
        .emit('board:join', { teamIds, afterSequence: callbacks.current.afterSequence(hasJoined) }, (error: Error | null, reply: TBoardJoinReply) => {
          if (!isCurrent) return;
          if (error || !reply?.ok) {
            setState('offline');
            // Try again shortly: the server may have been restarting.
            setTimeout(() => {
              if (isCurrent && socket.connected) join();
            }, 2_000);
            return;
          }
          hasJoined = true;
          if (reply.changes.length > 0) callbacks.current.onChanges(reply.changes);
          if (!reply.complete) callbacks.current.onMissedTooMuch();
          setState('live');
        });
    };

    socket.on('connect', join);
    if (socket.connected) join();
    socket.on('deal:changed', (change) => callbacks.current.onChanges([change]));
    socket.on('disconnect', () => setState('offline'));
    socket.on('connect_error', () => setState('offline'));
    // A WebSocket that opens and is closed before the handshake (a proxy that drops it)
    // raises no connect_error: socket.io just tries again. Any new attempt means offline.
    socket.io.on('reconnect_attempt', () => setState('offline'));

    return () => {
      isCurrent = false;
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [teamKey]);

  // A board with no teams has nothing to join: it is as live as it gets.
  return teamKey === '' ? 'live' : state;
}
