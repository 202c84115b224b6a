import { subscribeToServerEvents } from '@/server/events';
import { describeDatabaseError } from '@/server/describe-database-error';
import { prisma } from '@/server/db';
import type { EventOutcome } from './apply-webhook-event';
import { applyWebhookBatch } from './apply-webhook-batch';

async function hasDueEvents(): Promise<boolean> {
  const rows = await prisma.$queryRaw<unknown[]>`SELECT 1 FROM "WebhookEvent" WHERE "state" = 'PENDING' AND "availableAt" <= now() LIMIT 1`;
  return rows.length > 0;
}

// Drains the webhook queue in the server process. It runs when a delivery is committed
// (the receiver announces webhookEventsQueued), and every few seconds in case events were
// left by a crash, queued by another instance, or are due again after a failed attempt.
// Events are applied a batch per transaction (apply-webhook-batch.ts). Within a process one
// drain runs at a time; across instances (and lanes) SKIP LOCKED keeps workers off each
// other's events, so they share the work and none is applied twice.

const pollMs = 2_000;

type Drainer = { isRunning: boolean; isRequested: boolean; isQueued: boolean; timer: NodeJS.Timeout | null; stopped: boolean; idle: Promise<void> };

/**
 * Applies pending events until none is left; returns what it did. `lanes` drains that
 * many batches at a time (each in its own transaction and connection), of at most
 * `batchSize` events. `isWorkKnown`: a delivery was just queued, so the probe for due
 * events is skipped.
 */
export async function drainWebhookQueue(options: { lanes?: number; batchSize?: number; now?: () => Date; isWorkKnown?: boolean } = {}): Promise<EventOutcome[]> {
  const done: EventOutcome[] = [];
  // The poll usually finds nothing: ask with one indexed read before opening transactions.
  if (!options.isWorkKnown && !(await hasDueEvents())) return done;
  const lane = async () => {
    for (;;) {
      const outcomes = await applyWebhookBatch({ size: options.batchSize, now: options.now });
      if (!outcomes) return;
      done.push(...outcomes);
      // Retries wait for their availableAt; do not spin on them.
      if (outcomes.some((outcome) => outcome.state === 'RETRY')) return;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.lanes ?? 1) }, lane));
  return done;
}

/** Starts the worker; returns the function that stops it (after the drain under way). */
export function startWebhookWorker(options: { lanes?: number; batchSize?: number } = {}): () => Promise<void> {
  const state: Drainer = { isRunning: false, isRequested: false, isQueued: false, timer: null, stopped: false, idle: Promise.resolve() };
  const run = (isQueued = false) => {
    if (state.stopped) return;
    if (isQueued) state.isQueued = true;
    if (state.isRunning) {
      state.isRequested = true;
      return;
    }
    state.isRunning = true;
    state.idle = (async () => {
      try {
        do {
          state.isRequested = false;
          const isWorkKnown = state.isQueued;
          state.isQueued = false;
          await drainWebhookQueue({ lanes: options.lanes, batchSize: options.batchSize, isWorkKnown });
        } while (state.isRequested && !state.stopped);
      } catch (error) {
        console.warn(`webhooks: the queue could not be drained: ${describeDatabaseError(error)}`);
      } finally {
        state.isRunning = false;
      }
    })();
  };
  const unsubscribe = subscribeToServerEvents({ webhookEventsQueued: () => run(true) });
  state.timer = setInterval(() => run(), pollMs);
  state.timer.unref();
  run();
  return async () => {
    state.stopped = true;
    unsubscribe();
    if (state.timer) clearInterval(state.timer);
    await state.idle;
  };
}
