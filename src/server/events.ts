import type { TDealChange } from '@/schemas/deal';

// What the server announces after a commit. Use cases call `announce`; whoever cares
// (the realtime layer, at start-up) subscribes. The server never imports socket code:
// the dependency points from src/realtime to here, not back.
//
// The subscribers are kept on globalThis because route handlers run inside the Next.js
// bundles, which load their own copy of this module, while socket.io lives in the custom
// server (src/main.ts). Both copies read the same list, so an announcement made in a
// route reaches the sockets.

export type CredentialsRevokedReason = 'deactivated' | 'password-changed' | 'signed-out' | 'sessions-revoked' | 'api-token-revoked';

export type ServerEvents = {
  /** A deal change committed (created, moved, edited, closed, reopened, deleted, restored, reassigned). */
  dealChanged: TDealChange;
  /**
   * Many deal changes committed in bulk (an import or its undo): the boards hear each one,
   * the walls are not fed them one by one; the use case announces `wallsInvalidated` once.
   */
  dealsChangedInBulk: { changes: readonly TDealChange[] };
  /**
   * Several deal changes committed in one transaction (a batch of webhook events): the
   * boards hear each one, and the walls take them all in one publish.
   */
  dealsChangedTogether: { changes: readonly TDealChange[] };
  /** Wall figures moved without a DealEvent (goals, offices, holidays, rates, teams, people). */
  wallsInvalidated: Record<string, never>;
  /** A rep's forecast (and commitments) for a sprint was saved: the team's sprint pages roll it up again. */
  forecastSaved: { teamId: string; sprintId: string; userId: string };
  /** A TV link was revoked: screens showing it go dark. */
  wallTokenRevoked: { tokenId: string };
  /** A user's credentials stopped being valid: sockets resting on them must close. */
  credentialsRevoked: { userId: string; reason: CredentialsRevokedReason; tokenId?: string };
  /** A webhook delivery committed events to the queue: the worker should drain it now. */
  webhookEventsQueued: { connectionId: string };
};

export type ServerEventName = keyof ServerEvents;
export type ServerEventHandlers = { [Name in ServerEventName]?: (payload: ServerEvents[Name]) => void };

type EventsGlobal = typeof globalThis & { __cadenceServerEventHandlers?: ServerEventHandlers[] };

function subscribers(): ServerEventHandlers[] {
  const holder = globalThis as EventsGlobal;
  holder.__cadenceServerEventHandlers ??= [];
  return holder.__cadenceServerEventHandlers;
}

/**
 * Tells every subscriber what happened, in the order they subscribed. Call it only after
 * the commit. A subscriber that throws is reported and does not stop the others, nor the
 * use case: what it announced has already happened.
 */
export function announce<Name extends ServerEventName>(name: Name, payload: ServerEvents[Name]): void {
  for (const handlers of subscribers()) {
    const handle = handlers[name];
    if (!handle) continue;
    try {
      handle(payload);
    } catch (error) {
      console.error(`server events: a ${name} subscriber failed`, error);
    }
  }
}

/** Subscribes handlers for some events; returns the function that unsubscribes them. */
export function subscribeToServerEvents(handlers: ServerEventHandlers): () => void {
  subscribers().push(handlers);
  return () => {
    const list = subscribers();
    const index = list.indexOf(handlers);
    if (index >= 0) list.splice(index, 1);
  };
}
