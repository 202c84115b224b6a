'use client';

import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { browserTransports, socketPath } from '@/realtime/socket-path';
import type { ClientToServerEvents, ServerToClientEvents } from '@/realtime/events';

type State = 'connecting' | 'live' | 'offline';

const labels: Record<State, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline — reconnecting',
};

/** Shows whether this browser holds a live, authenticated socket to the server. */
export function LiveIndicator() {
  const [state, setState] = useState<State>('connecting');

  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: socketPath, withCredentials: true, ...browserTransports() });
    socket.on('session:ready', () => setState('live'));
    socket.on('disconnect', () => setState('offline'));
    socket.on('connect_error', () => setState('offline'));
    socket.io.on('reconnect_attempt', () => setState('offline'));
    return () => {
      socket.disconnect();
    };
  }, []);

  return (
    <span className="live-indicator" data-state={state} role="status" aria-live="polite">
      {labels[state]}
    </span>
  );
}
