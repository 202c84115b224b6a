import { Prisma } from '@/generated/prisma/client';
import { prisma, type TransactionClient } from '@/server/db';
import { announce } from '@/server/events';
import type { TDealChange } from '@/schemas/deal';
import type { ImportSource } from '@/domain/import/presets';
import { mergeIntoClock, readClock } from '@/domain/webhooks/field-clock';
import { ZWebhookFieldValues, type WebhookField, type WebhookFieldValues, type WebhookSource } from '@/domain/webhooks/normalized-event';
import { loadSourceMappings, type RememberedMappings } from '@/server/import/source-mappings';
import { settleIntegrationDeal } from './settle-integration-deal';
import { applyWebhookEvent, claimedEventColumns, markEvent, toClaimedEvent, type ClaimedEvent, type EventOutcome } from './apply-webhook-event';

// Applies queued webhook events a batch at a time (docs/decisions/026), in one
// transaction:
// 1. claim up to `size` due events, oldest first (FOR UPDATE SKIP LOCKED: two workers, in
//    this process or another instance, never hold the same event);
// 2. group them by CRM deal, keeping each deal's events in queue order;
// 3. lock the CRM deals' IntegrationDeal rows, then their Cadence deals' rows, each in
//    key order (every batch takes them in the same order, so two batches cannot
//    deadlock, and no board write can slip in between the plan and the write);
// 4. per deal, merge its events into the field clock one after another (each is APPLIED,
//    or STALE when older in every field it carries), settle the Cadence deal once with the
//    result and mark the events;
// 5. last, the deal writes back to back (each a versioned change with its DealEvent,
//    under the order lock, which is then held only until the commit right after).
// After the commit the changes are announced together, so the walls publish once.
//
// A deal the plan cannot settle (a stage mapped to Completed without a won/lost signal)
// is left out, and its events are applied one by one after the commit, so the event at
// fault fails alone with its reason. A batch that fails as a whole (a lost connection, a
// deadlock) rolls back and its events are applied one by one too: one bad event never
// takes the others down, and none is lost or applied twice.

/** Events a batch claims at most: the deal writes of one batch hold the order lock together. */
export const webhookBatchSize = 50;

type Connection = { id: string; source: string; name: string; actorUserId: string };
type Item = { event: ClaimedEvent; connection: Connection; fields: WebhookFieldValues };
type Group = { source: WebhookSource; externalId: string; items: Item[] };
type Shadow = { source: string; externalId: string; dealId: string | null; fields: unknown; unassignedSince: Date | null };
type BatchResult = { outcomes: EventOutcome[]; changes: TDealChange[]; deferred: string[] };

const groupKey = (source: string, externalId: string) => JSON.stringify([source, externalId]);

/** Steps 2 and 3: the events by CRM deal, with the deals' rows locked and read. */
async function lockGroups(tx: TransactionClient, groups: Map<string, Group>, now: Date): Promise<Shadow[]> {
  const sources = [...groups.values()].map((group) => group.source);
  const externalIds = [...groups.values()].map((group) => group.externalId);
  const keys = Prisma.sql`unnest(${sources}::text[], ${externalIds}::text[]) AS k("source", "externalId")`;
  await tx.$executeRaw`
    INSERT INTO "IntegrationDeal" ("source", "externalId", "fields", "updatedAt")
    SELECT k."source", k."externalId", '{}'::jsonb, ${now} FROM ${keys} ORDER BY 1, 2
    ON CONFLICT DO NOTHING`;
  const shadows = await tx.$queryRaw<Shadow[]>`
    SELECT i."source", i."externalId", i."dealId", i."fields", i."unassignedSince"
    FROM "IntegrationDeal" i JOIN ${keys} ON i."source" = k."source" AND i."externalId" = k."externalId"
    ORDER BY i."source", i."externalId"
    FOR UPDATE OF i`;
  // The Cadence deals, as settleIntegrationDeal finds them (known id, else the import's record).
  await tx.$queryRaw`
    SELECT d."id" FROM "Deal" d
    WHERE d."id" IN (
      SELECT COALESCE(i."dealId", e."recordId")
      FROM "IntegrationDeal" i JOIN ${keys} ON i."source" = k."source" AND i."externalId" = k."externalId"
      LEFT JOIN "ExternalRecord" e ON e."source" = i."source" AND e."kind" = 'DEAL' AND e."externalId" = i."externalId")
    ORDER BY d."id"
    FOR UPDATE OF d`;
  return shadows;
}

async function applyClaimedBatch(tx: TransactionClient, events: ClaimedEvent[], now: Date): Promise<BatchResult> {
  const outcomes = new Map<string, EventOutcome>();
  const settled = (item: Item, state: EventOutcome['state'], dealId: string | null) => outcomes.set(item.event.id, { eventId: item.event.id, state, dealId, change: null });
  const connectionIds = [...new Set(events.map((event) => event.connectionId))];
  const connectionRows = await tx.integrationConnection.findMany({ where: { id: { in: connectionIds } }, select: { id: true, source: true, name: true, actorUserId: true } });
  const connections = new Map(connectionRows.map((connection) => [connection.id, connection]));

  const groups = new Map<string, Group>();
  for (const event of events) {
    const connection = connections.get(event.connectionId);
    if (!connection) {
      outcomes.set(event.id, { eventId: event.id, state: 'FAILED', dealId: null, change: null });
      continue;
    }
    const fields = ZWebhookFieldValues.safeParse(((event.change ?? {}) as { fields?: unknown }).fields ?? {});
    if (!fields.success) {
      await markEvent(tx, event, { state: 'FAILED', lastError: 'The stored change cannot be read.' }, now);
      outcomes.set(event.id, { eventId: event.id, state: 'FAILED', dealId: null, change: null });
      continue;
    }
    const source = connection.source as WebhookSource;
    const key = groupKey(source, event.externalDealId);
    const group = groups.get(key) ?? { source, externalId: event.externalDealId, items: [] };
    group.items.push({ event, connection, fields: fields.data });
    groups.set(key, group);
  }

  const deferred: string[] = [];
  const writes: { eventId: string; write: () => Promise<TDealChange> }[] = [];
  const stagesBySource = new Map<string, RememberedMappings['stages']>();
  const shadows = groups.size > 0 ? await lockGroups(tx, groups, now) : [];
  for (const shadow of shadows) {
    const group = groups.get(groupKey(shadow.source, shadow.externalId));
    if (!group) continue;
    let clock = readClock(shadow.fields);
    const changed = new Set<WebhookField>();
    const applied = new Set<Item>();
    for (const item of group.items) {
      const merge = mergeIntoClock(clock, { fields: item.fields, occurredAt: item.event.occurredAt.toISOString(), sourceEventId: item.event.sourceEventId });
      if (merge.changed.length === 0) continue;
      applied.add(item);
      clock = merge.clock;
      for (const field of merge.changed) changed.add(field);
    }
    const last = [...applied].at(-1);
    if (!last) {
      // Older than what was applied for every field each carries: recorded, not applied.
      for (const item of group.items) {
        await markEvent(tx, item.event, { state: 'STALE', dealId: shadow.dealId }, now);
        settled(item, 'STALE', shadow.dealId);
      }
      continue;
    }
    let stages = stagesBySource.get(group.source);
    if (!stages) {
      stages = (await loadSourceMappings(group.source as ImportSource, tx)).stages;
      stagesBySource.set(group.source, stages);
    }
    const settlement = await settleIntegrationDeal(tx, {
      source: group.source,
      externalId: group.externalId,
      clock,
      knownDealId: shadow.dealId,
      // Two connections of one source share its deals; the latest event's connection acts.
      actor: { id: last.connection.actorUserId, name: last.connection.name },
      now,
      isOwnerSettled: !changed.has('owner') && !shadow.unassignedSince,
      stages,
    });
    if (settlement.problem) {
      deferred.push(...group.items.map((item) => item.event.id));
      continue;
    }
    await tx.integrationDeal.update({
      where: { source_externalId: { source: group.source, externalId: group.externalId } },
      data: {
        fields: clock as Prisma.InputJsonValue,
        dealId: settlement.dealId,
        connectionId: last.event.connectionId,
        unassignedSince: settlement.waiting ? (shadow.unassignedSince ?? now) : null,
        unassignedReason: settlement.waiting,
      },
    });
    for (const item of group.items) {
      const state = applied.has(item) ? 'APPLIED' : 'STALE';
      await markEvent(tx, item.event, { state, dealId: settlement.dealId }, now);
      settled(item, state, settlement.dealId);
    }
    if (settlement.write) writes.push({ eventId: last.event.id, write: settlement.write });
  }

  // Step 5: the writes last, so the order lock is held only from here to the commit.
  const changes: TDealChange[] = [];
  for (const { eventId, write } of writes) {
    const change = await write();
    changes.push(change);
    const outcome = outcomes.get(eventId);
    if (outcome) outcome.change = change;
  }
  return { outcomes: events.flatMap((event) => outcomes.get(event.id) ?? []), changes, deferred };
}

async function applyEachAlone(eventIds: readonly string[], now: () => Date): Promise<EventOutcome[]> {
  const outcomes: EventOutcome[] = [];
  for (const eventId of eventIds) {
    const outcome = await applyWebhookEvent({ eventId, now });
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

/** Applies the next batch of due events; null when none is waiting (or all are held by other workers). */
export async function applyWebhookBatch(options: { size?: number; now?: () => Date } = {}): Promise<EventOutcome[] | null> {
  const now = options.now ?? (() => new Date());
  const size = Math.max(1, Math.floor(options.size ?? webhookBatchSize));
  let claimed: string[] = [];
  let result: BatchResult | null;
  try {
    result = await prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<ClaimedEvent[]>`
          SELECT ${claimedEventColumns} FROM "WebhookEvent"
          WHERE "state" = 'PENDING' AND "availableAt" <= now()
          ORDER BY "availableAt", "receivedAt", "id"
          LIMIT ${size}
          FOR UPDATE SKIP LOCKED`;
        claimed = rows.map((row) => row.id);
        return rows.length > 0 ? applyClaimedBatch(tx, rows.map(toClaimedEvent), now()) : null;
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  } catch (error) {
    if (claimed.length === 0) throw error;
    // Rolled back whole: nothing of it was written. One at a time, each with its own outcome.
    return applyEachAlone(claimed, now);
  }
  if (!result) return null;
  if (result.changes.length > 0) announce('dealsChangedTogether', { changes: result.changes });
  return [...result.outcomes, ...(await applyEachAlone(result.deferred, now))];
}
