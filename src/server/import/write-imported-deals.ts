import type { Deal } from '@/generated/prisma/client';
import type { TDealCard, TDealChange } from '@/schemas/deal';
import { toDealCard } from '@/server/board/deal-card';
import { dealEventLock } from '@/server/board/record-deal-change';
import type { TimelineStep } from '@/domain/import/deal-timeline';
import type { RowProblem } from '@/domain/import/normalize-rows';
import { plannedSteps, type PlannedAppend, type PlannedDeal } from './plan-import';
import type { HistoryStore } from './history-store';
import { anyOf, type ImportSql } from './import-sql';

// Writes new deals with their imported history in bulk: the rows, their external ids,
// the undo records and one DealEvent per step of each deal's timeline (marked imported,
// at the source's own times), inserted in time order under the same advisory lock as
// every deal write, so sequence order is commit order and, per deal, time order. Each
// table gets one multi-row INSERT per chunk from a JSON array (jsonb_to_recordset): no
// per-row statements, and little work for the client between them. Plain SQL through
// ImportSql, so the worker thread writes through `pg` without a Prisma client.

type Actor = { id: string; name: string };

function dealAt(planned: PlannedDeal, steps: readonly TimelineStep[], stepIndex: number): Deal {
  const step = steps[stepIndex]!;
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
    position: planned.position,
    noteworthy: false,
    notes: planned.row.notes,
    version: stepIndex + 1,
    stageChangedAt: step.stageChangedAt,
    deletedAt: null,
    createdAt: steps[0]!.at,
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

/** One imported DealEvent; `before` is the deal's card before it, which is the `after` of the deal's previous event unless this is its first. */
export type EventRow = { ord: number; dealId: string; teamId: string; type: string; before: TDealCard | null; after: TDealCard; occurredAt: string };

/**
 * Events in time order (ties keep each deal's own order), numbered, as JSON texts of at most
 * `rowsPerStatement` events. A deal's card is sent once an event: `before` only with the
 * deal's first event in a text, the others' is their previous event's `after`, taken in SQL
 * (`insertEventSlice`). That halves the text, its garbage and its parsing.
 */
export function toEventSlices(events: EventRow[], rowsPerStatement: number): string[] {
  events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.after.version - b.after.version);
  events.forEach((event, index) => (event.ord = index));
  const slices: string[] = [];
  for (let start = 0; start < events.length; start += rowsPerStatement) {
    const isFirst = new Set<string>();
    const rows = events.slice(start, start + rowsPerStatement).map(({ before, ...event }) => {
      if (isFirst.has(event.dealId)) return event;
      isFirst.add(event.dealId);
      return { ...event, before };
    });
    slices.push(JSON.stringify(rows));
  }
  return slices;
}

/**
 * Inserts imported DealEvents (JSON texts from `toEventSlices`, in order) under the
 * deal-event lock, and returns each deal's newest (sequence, time). The lock is taken last
 * in the chunk's transaction, so a board move waits only for this statement and the commit.
 */
export async function insertImportedEvents(tx: ImportSql, options: { slices: readonly string[]; actorId: string; importRunId: string }): Promise<Map<string, { sequence: number; occurredAt: Date }>> {
  const lastByDeal = new Map<string, { sequence: number; occurredAt: Date }>();
  // One statement for a chunk's events over `pg` and PGlite: the order lock is then held for one statement and the commit.
  for (const slice of options.slices) {
    for (const row of await insertEventSlice(tx, { ...options, slice })) {
      const last = lastByDeal.get(row.dealId);
      if (!last || Number(row.sequence) > last.sequence) lastByDeal.set(row.dealId, { sequence: Number(row.sequence), occurredAt: new Date(row.occurredAt) });
    }
  }
  return lastByDeal;
}

/** Inserts one slice; returns each deal's newest event of it. */
function insertEventSlice(tx: ImportSql, options: { slice: string; actorId: string; importRunId: string }) {
  return tx.query<{ sequence: number; dealId: string; occurredAt: Date }>(
    `WITH "lock" AS (SELECT pg_advisory_xact_lock($1::bigint)),
    "rows" AS (
      SELECT e.*, CASE WHEN lag(e."ord") OVER "deal" IS NULL THEN e."before" ELSE lag(e."after") OVER "deal" END AS "previous"
      FROM jsonb_to_recordset($2::jsonb)
        AS e("ord" int, "dealId" text, "teamId" text, "type" text, "before" jsonb, "after" jsonb, "occurredAt" timestamptz)
      WINDOW "deal" AS (PARTITION BY e."dealId" ORDER BY e."ord")
    ),
    "inserted" AS (
      INSERT INTO "DealEvent" ("dealId", "teamId", "actorId", "type", "before", "after", "occurredAt", "imported", "importRunId")
      SELECT "rows"."dealId", "rows"."teamId", $3, "rows"."type"::"DealEventType", "rows"."previous", "rows"."after", "rows"."occurredAt", true, $4
      FROM "lock", "rows"
      ORDER BY "rows"."ord"
      RETURNING "sequence", "dealId", "occurredAt"
    )
    SELECT DISTINCT ON ("dealId") "sequence", "dealId", "occurredAt" FROM "inserted" ORDER BY "dealId", "sequence" DESC`,
    [String(dealEventLock), options.slice, options.actorId, options.importRunId],
  );
}

type ImportChangeRow = { kind: 'DEAL' | 'PERSON'; recordId: string; action: string; before?: unknown };
const toImportChangesJson = (changes: readonly ImportChangeRow[]) =>
  JSON.stringify(changes.map((change) => ({ kind: change.kind, recordId: change.recordId, action: change.action, before: change.before ?? null })));

async function insertImportChangesJson(tx: ImportSql, importRunId: string, json: string): Promise<void> {
  await tx.query(
    `INSERT INTO "ImportChange" ("importRunId", "kind", "recordId", "action", "before")
    SELECT $1, c."kind"::"ExternalRecordKind", c."recordId", c."action", c."before"
    FROM jsonb_to_recordset($2::jsonb) AS c("kind" text, "recordId" text, "action" text, "before" jsonb)`,
    [importRunId, json],
  );
}

/** Records what an import did to rows (for its undo), one INSERT for the lot. */
export async function insertImportChanges(tx: ImportSql, importRunId: string, changes: readonly ImportChangeRow[]): Promise<void> {
  if (changes.length === 0) return;
  await insertImportChangesJson(tx, importRunId, toImportChangesJson(changes));
}

/**
 * A chunk of new deals made ready before its transaction: each deal's timeline and cards,
 * and the rows of every statement as JSON text, so the transaction (which a board move may
 * wait for: on the embedded database, in the same thread) runs only SQL.
 */
export type PreparedDeals = {
  deals: readonly PlannedDeal[];
  links: string;
  rows: string;
  undo: string;
  eventSlices: string[];
  /** Each deal's last step, and its card before and after it, for the boards. */
  lastSteps: { type: TimelineStep['type']; before: TDealCard | null; after: TDealCard }[];
};

export function prepareImportedDeals(deals: readonly PlannedDeal[], history: HistoryStore, rowsPerStatement: number): PreparedDeals {
  const events: EventRow[] = [];
  const lastSteps: PreparedDeals['lastSteps'] = [];
  const finals = deals.map((planned) => {
    const steps = plannedSteps(planned, history);
    let before: TDealCard | null = null;
    let final: Deal | null = null;
    steps.forEach((step, index) => {
      final = dealAt(planned, steps, index);
      const after = toDealCard(final);
      events.push({ ord: 0, dealId: planned.id, teamId: planned.teamId, type: step.type, before, after, occurredAt: step.at.toISOString() });
      if (index === steps.length - 1) lastSteps.push({ type: step.type, before, after });
      before = after;
    });
    return final!;
  });
  return {
    deals,
    links: JSON.stringify(deals.map((planned) => ({ externalId: planned.externalId, recordId: planned.id }))),
    rows: JSON.stringify(finals),
    undo: toImportChangesJson(deals.map((planned) => ({ kind: 'DEAL' as const, recordId: planned.id, action: 'CREATED' }))),
    eventSlices: toEventSlices(events, rowsPerStatement),
    lastSteps,
  };
}

/**
 * Inserts a prepared chunk of new deals; returns each deal's last change, for the boards,
 * and the rows left out because the database changed since the plan was made: a deal
 * another import recorded meanwhile (its external id is taken), or whose owner is gone, or
 * was deactivated while the deal is open. The owners' rows are locked until the commit.
 * When rows are left out, the rest is prepared again here (rare).
 */
export async function writeImportedDeals(
  tx: ImportSql,
  options: { prepared: PreparedDeals; history: HistoryStore; source: string; importRunId: string; actor: Actor },
): Promise<{ changes: TDealChange[]; conflicts: RowProblem[] }> {
  const { importRunId, actor, prepared } = options;
  if (prepared.deals.length === 0) return { changes: [], conflicts: [] };
  const conflicts: RowProblem[] = [];
  const ownerIds = [...new Set(prepared.deals.map((planned) => planned.ownerId))];
  const owners = new Map(
    (await tx.query<{ id: string; active: boolean }>(`SELECT "id", "active" FROM "User" WHERE "id" = ${anyOf('$1')} FOR SHARE`, [JSON.stringify(ownerIds)])).map((owner) => [owner.id, owner] as const),
  );
  const withOwner = prepared.deals.filter((planned) => {
    const owner = owners.get(planned.ownerId);
    if (!owner) conflicts.push({ file: 'deals', line: planned.row.line, message: `Owner "${planned.row.ownerRef}" no longer exists in Cadence; the deal was not imported.` });
    else if (!owner.active && !planned.row.outcome) conflicts.push({ file: 'deals', line: planned.row.line, message: `Owner "${planned.row.ownerRef}" was deactivated while importing and the deal is open; it was not imported.` });
    else return true;
    return false;
  });
  if (withOwner.length === 0) return { changes: [], conflicts };
  // The external ids first: one another import took meanwhile is not imported twice.
  const links = withOwner.length === prepared.deals.length ? prepared.links : JSON.stringify(withOwner.map((planned) => ({ externalId: planned.externalId, recordId: planned.id })));
  const linked = await tx.query<{ recordId: string }>(
    `INSERT INTO "ExternalRecord" ("source", "kind", "externalId", "recordId")
    SELECT $1, 'DEAL'::"ExternalRecordKind", l."externalId", l."recordId"
    FROM jsonb_to_recordset($2::jsonb) AS l("externalId" text, "recordId" text)
    ON CONFLICT DO NOTHING
    RETURNING "recordId"`,
    [options.source, links],
  );
  const isLinked = new Set(linked.map((row) => row.recordId));
  const deals = withOwner.filter((planned) => {
    if (isLinked.has(planned.id)) return true;
    conflicts.push({ file: 'deals', line: planned.row.line, message: `Deal ${planned.externalId} was imported by another import while this one ran; it was not imported twice.` });
    return false;
  });
  if (deals.length === 0) return { changes: [], conflicts };
  const ready = deals.length === prepared.deals.length ? prepared : prepareImportedDeals(deals, options.history, tx.rowsPerStatement);
  await tx.query(
    `INSERT INTO "Deal" ("id", "account", "title", "amountMinor", "currency", "stage", "outcome", "closedAmountMinor", "closedAt", "expectedCloseDate",
      "ownerId", "teamId", "position", "notes", "version", "stageChangedAt", "createdAt", "updatedAt")
    SELECT d."id", d."account", d."title", d."amountMinor", d."currency", d."stage"::"DealStage", d."outcome"::"DealOutcome", d."closedAmountMinor", d."closedAt", d."expectedCloseDate",
      d."ownerId", d."teamId", d."position", d."notes", d."version", d."stageChangedAt", d."createdAt", d."updatedAt"
    FROM jsonb_to_recordset($1::jsonb) AS d("id" text, "account" text, "title" text, "amountMinor" int, "currency" text, "stage" text, "outcome" text,
      "closedAmountMinor" int, "closedAt" timestamptz, "expectedCloseDate" date, "ownerId" text, "teamId" text, "position" float8, "notes" text, "version" int,
      "stageChangedAt" timestamptz, "createdAt" timestamptz, "updatedAt" timestamptz)`,
    [ready.rows],
  );
  await insertImportChangesJson(tx, importRunId, ready.undo);
  const lastByDeal = await insertImportedEvents(tx, { slices: ready.eventSlices, actorId: actor.id, importRunId });
  const changes = ready.deals.map((planned, index) => {
    const last = lastByDeal.get(planned.id)!;
    const step = ready.lastSteps[index]!;
    return {
      sequence: last.sequence,
      type: step.type,
      dealId: planned.id,
      teamId: planned.teamId,
      previousTeamId: null,
      actorId: actor.id,
      actorName: actor.name,
      occurredAt: last.occurredAt.toISOString(),
      before: step.before,
      deal: step.after,
    };
  });
  return { changes, conflicts };
}

/**
 * Appends a newer export's history to deals imported before, one chunk: each deal moves
 * to its last appended state only if it is still at the version planned (else it is
 * returned as changed meanwhile and left alone), with one imported DealEvent per step at
 * the source's time and an undo record of how it was. Returns the boards' changes.
 */
export async function appendImportedHistory(
  tx: ImportSql,
  options: { deals: readonly PlannedAppend[]; importRunId: string; actor: Actor },
): Promise<{ changes: TDealChange[]; conflicts: PlannedAppend[] }> {
  const { deals, importRunId, actor } = options;
  if (deals.length === 0) return { changes: [], conflicts: [] };
  const states = deals.map((planned) => planned.steps.map((step, index) => ({ ...planned.before, stage: step.stage, amountMinor: step.amountMinor, stageChangedAt: step.stageChangedAt, version: planned.before.version + index + 1, updatedAt: step.at })));
  const targets = deals.map((planned, index) => ({ ...states[index]!.at(-1)!, fromVersion: planned.before.version }));
  const updated = await tx.query<{ id: string }>(
    `UPDATE "Deal" AS d SET "stage" = u."stage"::"DealStage", "amountMinor" = u."amountMinor", "stageChangedAt" = u."stageChangedAt", "version" = u."version", "updatedAt" = u."updatedAt"
    FROM jsonb_to_recordset($1::jsonb) AS u("id" text, "fromVersion" int, "stage" text, "amountMinor" int, "stageChangedAt" timestamptz, "version" int, "updatedAt" timestamptz)
    WHERE d."id" = u."id" AND d."version" = u."fromVersion" AND d."deletedAt" IS NULL
    RETURNING d."id"`,
    [JSON.stringify(targets)],
  );
  const written = new Set(updated.map((row) => row.id));
  const kept = deals.flatMap((planned, index) => (written.has(planned.before.id) ? [{ planned, states: states[index]! }] : []));
  await insertImportChanges(tx, importRunId, kept.map(({ planned }) => ({ kind: 'DEAL' as const, recordId: planned.before.id, action: 'UPDATED', before: toDealCard(planned.before) })));
  const events: EventRow[] = [];
  for (const { planned, states: dealStates } of kept) {
    let before = toDealCard(planned.before);
    planned.steps.forEach((step, index) => {
      const after = toDealCard(dealStates[index]!);
      events.push({ ord: 0, dealId: planned.before.id, teamId: planned.before.teamId, type: step.type, before, after, occurredAt: step.at.toISOString() });
      before = after;
    });
  }
  const lastByDeal = await insertImportedEvents(tx, { slices: toEventSlices(events, tx.rowsPerStatement), actorId: actor.id, importRunId });
  const changes = kept.map(({ planned, states: dealStates }) => {
    const last = lastByDeal.get(planned.before.id)!;
    return {
      sequence: last.sequence,
      type: planned.steps.at(-1)!.type,
      dealId: planned.before.id,
      teamId: planned.before.teamId,
      previousTeamId: null,
      actorId: actor.id,
      actorName: actor.name,
      occurredAt: last.occurredAt.toISOString(),
      before: toDealCard(dealStates.length > 1 ? dealStates.at(-2)! : planned.before),
      deal: toDealCard(dealStates.at(-1)!),
    };
  });
  return { changes, conflicts: deals.filter((planned) => !written.has(planned.before.id)) };
}
