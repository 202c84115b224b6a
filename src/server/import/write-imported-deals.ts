import { Prisma, type Deal } from '@/generated/prisma/client';
import type { TransactionClient } from '@/server/db';
import type { TDealCard, TDealChange } from '@/schemas/deal';
import { toDealCard } from '@/server/board/deal-card';
import { dealEventLock } from '@/server/board/record-deal-change';
import type { PlannedDeal } from './plan-import';

// Writes new deals with their imported history in bulk: the rows, their external ids,
// the undo records and one DealEvent per step of each deal's timeline (marked imported,
// at the source's own times), inserted in time order under the same advisory lock as
// every deal write, so sequence order is commit order and, per deal, time order.

type Actor = { id: string; name: string };

function dealAt(planned: PlannedDeal, stepIndex: number, position: number): Deal {
  const step = planned.steps[stepIndex]!;
  return {
    id: planned.id,
    account: planned.row.account,
    title: planned.row.title,
    amountMinor: step.amountMinor,
    currency: planned.currency,
    stage: step.stage,
    outcome: step.outcome,
    closedAmountMinor: step.closedAmountMinor,
    closedAt: step.closedAt,
    expectedCloseDate: planned.expectedCloseDate ? new Date(`${planned.expectedCloseDate}T00:00:00Z`) : null,
    ownerId: planned.ownerId,
    teamId: planned.teamId,
    position,
    noteworthy: false,
    notes: planned.row.notes,
    version: stepIndex + 1,
    stageChangedAt: step.stageChangedAt,
    deletedAt: null,
    createdAt: planned.steps[0]!.at,
    updatedAt: step.at,
    // Deal signals start empty for an imported deal.
    nextStep: '',
    nextStepDueOn: null,
    lastActivityAt: null,
    lastActivityType: null,
    lastActivityNote: null,
    contacts: [],
  };
}

type EventRow = { ord: number; dealId: string; teamId: string; type: string; before: TDealCard | null; after: TDealCard; occurredAt: string };

/** Inserts the deals of one chunk; returns each deal's last change, for the boards. */
export async function writeImportedDeals(tx: TransactionClient, options: { deals: readonly PlannedDeal[]; source: string; importRunId: string; actor: Actor }): Promise<TDealChange[]> {
  const { deals, importRunId, actor } = options;
  if (deals.length === 0) return [];
  const finals = deals.map((planned) => dealAt(planned, planned.steps.length - 1, planned.position));
  await tx.deal.createMany({ data: finals.map((deal) => ({ ...deal, contacts: [] })) });
  await tx.externalRecord.createMany({ data: deals.map((planned) => ({ source: options.source, kind: 'DEAL' as const, externalId: planned.externalId, recordId: planned.id })) });
  await tx.importChange.createMany({ data: deals.map((planned) => ({ importRunId, kind: 'DEAL' as const, recordId: planned.id, action: 'CREATED' })) });

  // All steps of the chunk, oldest first (ties keep each deal's own order).
  const events: EventRow[] = [];
  for (const planned of deals) {
    let before: TDealCard | null = null;
    planned.steps.forEach((step, index) => {
      const after = toDealCard(dealAt(planned, index, planned.position));
      events.push({ ord: 0, dealId: planned.id, teamId: planned.teamId, type: step.type, before, after, occurredAt: step.at.toISOString() });
      before = after;
    });
  }
  events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.after.version - b.after.version);
  events.forEach((event, index) => (event.ord = index));
  const inserted = await tx.$queryRaw<{ sequence: number; dealId: string; version: number; occurredAt: Date }[]>`
    WITH "lock" AS (SELECT pg_advisory_xact_lock(${dealEventLock}::bigint)),
    "rows" AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
        AS e("ord" int, "dealId" text, "teamId" text, "type" text, "before" jsonb, "after" jsonb, "occurredAt" timestamptz)
    )
    INSERT INTO "DealEvent" ("dealId", "teamId", "actorId", "type", "before", "after", "occurredAt", "imported", "importRunId")
    SELECT "rows"."dealId", "rows"."teamId", ${actor.id}, "rows"."type"::"DealEventType", "rows"."before", "rows"."after", "rows"."occurredAt", true, ${importRunId}
    FROM "lock", "rows"
    ORDER BY "rows"."ord"
    RETURNING "sequence", "dealId", ("after"->>'version')::int AS "version", "occurredAt"`;
  const lastByDeal = new Map<string, { sequence: number; occurredAt: Date }>();
  for (const row of inserted) {
    const planned = lastByDeal.get(row.dealId);
    if (!planned || Number(row.sequence) > planned.sequence) lastByDeal.set(row.dealId, { sequence: Number(row.sequence), occurredAt: new Date(row.occurredAt) });
  }
  return deals.map((planned, index) => {
    const last = lastByDeal.get(planned.id)!;
    const step = planned.steps[planned.steps.length - 1]!;
    return {
      sequence: last.sequence,
      type: step.type,
      dealId: planned.id,
      teamId: planned.teamId,
      previousTeamId: null,
      actorId: actor.id,
      actorName: actor.name,
      occurredAt: last.occurredAt.toISOString(),
      before: planned.steps.length > 1 ? toDealCard(dealAt(planned, planned.steps.length - 2, planned.position)) : null,
      deal: toDealCard(finals[index]!),
    };
  });
}

/** Soft-deletes deals an import created (undo), each with its DELETED event; returns the changes. */
export async function deleteImportedDeals(tx: TransactionClient, options: { dealIds: readonly string[]; actor: Actor; now: Date }): Promise<TDealChange[]> {
  if (options.dealIds.length === 0) return [];
  const now = options.now;
  const deals = await tx.$queryRaw<Deal[]>`
    UPDATE "Deal" SET "deletedAt" = ${now.toISOString()}::timestamptz, "version" = "version" + 1, "updatedAt" = ${now.toISOString()}::timestamptz
    WHERE "id" IN (${Prisma.join(options.dealIds)}) AND "deletedAt" IS NULL
    RETURNING *`;
  if (deals.length === 0) return [];
  const events = deals.map((deal) => {
    const after = toDealCard(deal);
    const before = toDealCard({ ...deal, version: deal.version - 1, deletedAt: null });
    return { dealId: deal.id, teamId: deal.teamId, before, after };
  });
  const inserted = await tx.$queryRaw<{ sequence: number; dealId: string; occurredAt: Date }[]>`
    WITH "lock" AS (SELECT pg_advisory_xact_lock(${dealEventLock}::bigint)),
    "rows" AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS e("dealId" text, "teamId" text, "before" jsonb, "after" jsonb))
    INSERT INTO "DealEvent" ("dealId", "teamId", "actorId", "type", "before", "after")
    SELECT "rows"."dealId", "rows"."teamId", ${options.actor.id}, 'DELETED'::"DealEventType", "rows"."before", "rows"."after"
    FROM "lock", "rows"
    RETURNING "sequence", "dealId", "occurredAt"`;
  const byDeal = new Map(events.map((event) => [event.dealId, event] as const));
  return inserted.map((row) => {
    const event = byDeal.get(row.dealId)!;
    return {
      sequence: Number(row.sequence),
      type: 'DELETED' as const,
      dealId: row.dealId,
      teamId: event.teamId,
      previousTeamId: null,
      actorId: options.actor.id,
      actorName: options.actor.name,
      occurredAt: new Date(row.occurredAt).toISOString(),
      before: event.before,
      deal: event.after,
    };
  });
}
