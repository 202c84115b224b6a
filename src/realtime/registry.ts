import type { Server } from 'socket.io';
import type { TDealChange } from '@/schemas/deal';
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

type WallPublisherHandle = { markDirty: (change?: TDealChange) => void };
type WallPublisherGlobal = typeof globalThis & { __cadenceWallPublisher?: WallPublisherHandle };

/** Registers the process's wall publisher, which refreshes walls after deal changes. */
export function setWallPublisher(publisher: WallPublisherHandle | undefined): void {
  (globalThis as WallPublisherGlobal).__cadenceWallPublisher = publisher;
}

/**
 * Tells the walls that figures changed; they refresh, coalescing bursts. Pass the
 * committed deal change when there is one: the publisher applies it without a query.
 */
export function markWallsDirty(change?: TDealChange): void {
  (globalThis as WallPublisherGlobal).__cadenceWallPublisher?.markDirty(change);
}
