import type { Server } from 'socket.io';
import type { TDealChange } from '@/schemas/deal';
import { subscribeToServerEvents } from '@/server/events';
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from './events';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

type WallPublisherHandle = { markDirty: (change?: TDealChange | readonly TDealChange[]) => void };

let unsubscribeWallPublisher: (() => void) | undefined;

/**
 * Subscribes the process's wall publisher to what the server announces: a committed deal
 * change (or several committed together) is handed over (the publisher applies it without
 * a query), and an invalidation
 * (goals, offices, holidays…) makes it read the figures afresh. `undefined` unsubscribes.
 */
export function setWallPublisher(publisher: WallPublisherHandle | undefined): void {
  unsubscribeWallPublisher?.();
  unsubscribeWallPublisher = publisher
    ? subscribeToServerEvents({
        dealChanged: (change) => publisher.markDirty(change),
        dealsChangedTogether: ({ changes }) => publisher.markDirty(changes),
        wallsInvalidated: () => publisher.markDirty(),
      })
    : undefined;
}
