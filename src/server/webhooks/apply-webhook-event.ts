import { Prisma } from '@/generated/prisma/client';
import { prisma, type TransactionClient } from '@/server/db';
import { announce } from '@/server/events';
import { describeDatabaseError } from '@/server/describe-database-error';
import type { TDealChange } from '@/schemas/deal';
import { mergeIntoClock, readClock } from '@/domain/webhooks/field-clock';
import { ZWebhookFieldValues, type WebhookSource } from '@/domain/webhooks/normalized-event';
import { DealRaceError, settleIntegrationDeal } from './settle-integration-deal';

// Applies one queued webhook event in a transaction of its own: claim it (FOR UPDATE
// SKIP LOCKED, so two workers, in this process or another instance, never take the same
// one), lock the CRM deal's row, merge the event into its field clock, settle the Cadence
// deal, mark the event applied; the deal write comes last. The broadcast follows the
// commit. A crash before the commit leaves the event pending; after it, applied: each
// event takes effect once. The worker normally applies events in batches
// (apply-webhook-batch.ts); this is its path for an event a batch could not take.

export type EventOutcome = { eventId: string; state: 'APPLIED' | 'STALE' | 'FAILED' | 'RETRY'; dealId: string | null; change: TDealChange | null };

export type ClaimedEvent = {
  id: string;
  connectionId: string;
  deliveryId: string;
  sourceEventId: string;
  externalDealId: string;
  occurredAt: Date;
  change: unknown;
  attempts: number;
};

/** Attempts before an event is marked failed (an admin can replay it). */
export const maxWebhookAttempts = 5;

/** Marks the event settled and notes the deal (and any failure) on its delivery: one statement. */
export async function markEvent(tx: TransactionClient, event: ClaimedEvent, data: { state: 'APPLIED' | 'STALE' | 'FAILED'; dealId?: string | null; lastError?: string | null }, now: Date) {
  const dealId = data.dealId ?? null;
  const appliedAt = data.state === 'FAILED' ? null : now.toISOString();
  const deliveryError = data.state === 'FAILED' ? `Event ${event.sourceEventId}: ${data.lastError ?? 'failed'}`.slice(0, 1000) : null;
  await tx.$executeRaw`
    WITH "marked" AS (
      UPDATE "WebhookEvent"
      SET "state" = ${data.state}::"WebhookEventState", "dealId" = ${dealId}, "lastError" = ${data.lastError ?? null},
          "attempts" = ${event.attempts + 1}, "appliedAt" = ${appliedAt}::timestamptz
      WHERE "id" = ${event.id}
      RETURNING "deliveryId"
    )
    UPDATE "WebhookDelivery"
    SET "dealIds" = CASE WHEN ${dealId}::text IS NULL OR ${dealId}::text = ANY("dealIds") THEN "dealIds" ELSE array_append("dealIds", ${dealId}::text) END,
        "error" = COALESCE(${deliveryError}::text, "error")
    WHERE "id" IN (SELECT "deliveryId" FROM "marked")`;
}

async function applyClaimedEvent(tx: TransactionClient, event: ClaimedEvent, now: Date): Promise<EventOutcome> {
  const outcome = (state: EventOutcome['state'], dealId: string | null = null, change: TDealChange | null = null): EventOutcome => ({ eventId: event.id, state, dealId, change });
  const connection = await tx.integrationConnection.findUnique({ where: { id: event.connectionId }, select: { source: true, name: true, actorUserId: true } });
  if (!connection) return outcome('FAILED');
  const source = connection.source as WebhookSource;
  const stored = (event.change ?? {}) as { fields?: unknown };
  const fields = ZWebhookFieldValues.safeParse(stored.fields ?? {});
  if (!fields.success) {
    await markEvent(tx, event, { state: 'FAILED', lastError: 'The stored change cannot be read.' }, now);
    return outcome('FAILED');
  }

  await tx.$executeRaw`INSERT INTO "IntegrationDeal" ("source", "externalId", "fields", "updatedAt") VALUES (${source}, ${event.externalDealId}, '{}'::jsonb, ${now}) ON CONFLICT DO NOTHING`;
  const [shadow] = await tx.$queryRaw<{ dealId: string | null; fields: unknown; unassignedSince: Date | null }[]>`
    SELECT "dealId", "fields", "unassignedSince" FROM "IntegrationDeal" WHERE "source" = ${source} AND "externalId" = ${event.externalDealId} FOR UPDATE`;
  const merge = mergeIntoClock(readClock(shadow?.fields), { fields: fields.data, occurredAt: event.occurredAt.toISOString(), sourceEventId: event.sourceEventId });
  if (merge.changed.length === 0) {
    // Older than what was applied for every field it carries (or carries none): recorded, not applied.
    await markEvent(tx, event, { state: 'STALE', dealId: shadow?.dealId ?? null }, now);
    return outcome('STALE', shadow?.dealId ?? null);
  }

  const settlement = await settleIntegrationDeal(tx, {
    source,
    externalId: event.externalDealId,
    clock: merge.clock,
    knownDealId: shadow?.dealId ?? null,
    actor: { id: connection.actorUserId, name: connection.name },
    now,
    isOwnerSettled: !merge.changed.includes('owner') && !shadow?.unassignedSince,
  });
  if (settlement.problem) {
    // The clock is left as it was, so a replay after the mapping is fixed applies the event.
    await markEvent(tx, event, { state: 'FAILED', dealId: settlement.dealId, lastError: settlement.problem }, now);
    return outcome('FAILED', settlement.dealId);
  }
  await tx.integrationDeal.update({
    where: { source_externalId: { source, externalId: event.externalDealId } },
    data: {
      fields: merge.clock as Prisma.InputJsonValue,
      dealId: settlement.dealId,
      connectionId: event.connectionId,
      unassignedSince: settlement.waiting ? (shadow?.unassignedSince ?? now) : null,
      unassignedReason: settlement.waiting,
    },
  });
  await markEvent(tx, event, { state: 'APPLIED', dealId: settlement.dealId }, now);
  const change = settlement.write ? await settlement.write() : null;
  return outcome('APPLIED', settlement.dealId, change);
}

export async function recordAttemptFailure(eventId: string, error: unknown): Promise<void> {
  const message = error instanceof DealRaceError ? error.message : `Could not apply: ${describeDatabaseError(error)}`;
  try {
    await prisma.$executeRaw`
      UPDATE "WebhookEvent" SET "attempts" = "attempts" + 1, "lastError" = ${message.slice(0, 1000)},
        "state" = (CASE WHEN "attempts" + 1 >= ${maxWebhookAttempts} THEN 'FAILED' ELSE 'PENDING' END)::"WebhookEventState",
        "availableAt" = now() + make_interval(secs => ${error instanceof DealRaceError ? 0.05 : 2} * power(2, "attempts"))
      WHERE "id" = ${eventId} AND "state" = 'PENDING'`;
  } catch (second) {
    console.warn(`webhooks: could not record a failed attempt for event ${eventId}: ${describeDatabaseError(second)}`);
  }
}

/** The columns a worker claims an event with. */
export const claimedEventColumns = Prisma.sql`"id", "connectionId", "deliveryId", "sourceEventId", "externalDealId", "occurredAt", "change", "attempts"`;

/** A claimed row as the database returned it, with its types made exact. */
export function toClaimedEvent(row: ClaimedEvent): ClaimedEvent {
  return { ...row, occurredAt: new Date(row.occurredAt), attempts: Number(row.attempts) };
}

/**
 * Applies one pending event in its own transaction: the one named, or else the oldest
 * due; null when there is none (or another worker holds it).
 */
export async function applyWebhookEvent(options: { eventId?: string; now?: () => Date } = {}): Promise<EventOutcome | null> {
  const now = options.now ?? (() => new Date());
  let claimed: string | null = null;
  try {
    const result = await prisma.$transaction(
      async (tx) => {
        const rows = options.eventId
          ? await tx.$queryRaw<ClaimedEvent[]>`
              SELECT ${claimedEventColumns} FROM "WebhookEvent"
              WHERE "id" = ${options.eventId} AND "state" = 'PENDING'
              FOR UPDATE SKIP LOCKED`
          : await tx.$queryRaw<ClaimedEvent[]>`
              SELECT ${claimedEventColumns} FROM "WebhookEvent"
              WHERE "state" = 'PENDING' AND "availableAt" <= now()
              ORDER BY "availableAt", "receivedAt", "id"
              LIMIT 1
              FOR UPDATE SKIP LOCKED`;
        const event = rows[0];
        if (!event) return null;
        claimed = event.id;
        return applyClaimedEvent(tx, toClaimedEvent(event), now());
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    if (result?.change) announce('dealChanged', result.change);
    return result;
  } catch (error) {
    if (!claimed) throw error;
    await recordAttemptFailure(claimed, error);
    return { eventId: claimed, state: 'RETRY', dealId: null, change: null };
  }
}
