import type { Server } from 'socket.io';
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from './events';

// The running socket.io server is kept on globalThis: use cases run inside the Next.js
// bundles, which must reach the server the custom server created without importing
// (and bundling) socket.io themselves.

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

type RealtimeGlobal = typeof globalThis & { __cadenceRealtime?: RealtimeServer };

export function getRealtimeServer(): RealtimeServer | undefined {
  return (globalThis as RealtimeGlobal).__cadenceRealtime;
}

export function setRealtimeServer(io: RealtimeServer | undefined): void {
  (globalThis as RealtimeGlobal).__cadenceRealtime = io;
}

type WallPublisherGlobal = typeof globalThis & { __cadenceWallPublisher?: { markDirty: () => void } };

/** Registers the process's wall publisher, which recomputes walls after deal changes. */
export function setWallPublisher(publisher: { markDirty: () => void } | undefined): void {
  (globalThis as WallPublisherGlobal).__cadenceWallPublisher = publisher;
}

/** Tells the walls that figures changed; they refresh, coalescing bursts. */
export function markWallsDirty(): void {
  (globalThis as WallPublisherGlobal).__cadenceWallPublisher?.markDirty();
}
