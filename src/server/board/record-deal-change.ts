import { Prisma, type Deal, type DealEvent, type PrismaClient } from '@/generated/prisma/client';
import type { DealEventType } from '@/generated/prisma/enums';
import type { TransactionClient } from '@/server/db';
import { ZDealCard, type TDealCard, type TDealChange } from '@/schemas/deal';
import { toDealCard } from './deal-card';

// Every change to a deal is written with its DealEvent in the same transaction.
// Sequence numbers come from a serial column; taking this transaction-scoped advisory
// lock just before the insert makes them commit in the order they were handed out, so
// a client that has seen sequence N never later finds a smaller one appear.
//
// Under load every writer queues on this lock, so how long it is held decides how many
// changes a second go through (docs/decisions/010). A change to an existing deal is
// therefore one statement on its own (`writeDealUpdate`): the versioned UPDATE, the lock
// and the event's INSERT, committed by PostgreSQL as the statement ends, so the lock is
// never held while the app's event loop gets round to sending a COMMIT. A new deal's
// insert takes the lock in its event's INSERT, the transaction's last statement.
export const dealEventLock = 72_400_001;

/** The columns a change may set, and the SQL type each new value is cast to. */
const changeableColumns = {
  account: 'text',
  title: 'text',
  amountMinor: 'integer',
  currency: 'text',
  stage: '"DealStage"',
  outcome: '"DealOutcome"',
  closedAmountMinor: 'integer',
  closedAt: 'timestamptz',
  expectedCloseDate: 'date',
  ownerId: 'text',
  teamId: 'text',
  position: 'double precision',
  noteworthy: 'boolean',
  notes: 'text',
  stageChangedAt: 'timestamptz',
  deletedAt: 'timestamptz',
  nextStep: 'text',
  nextStepDueOn: 'date',
  lastActivityAt: 'timestamptz',
  lastActivityType: '"ActivityType"',
  lastActivityNote: 'text',
  contacts: 'jsonb',
} as const satisfies Partial<Record<keyof Deal, string>>;

type ChangeableColumn = keyof typeof changeableColumns;

/** What a change sets; a field left out (or undefined) keeps its value. */
export type DealChangeData = { [Column in ChangeableColumn]?: Deal[Column] };

/** The deal as the change leaves it: the new values over the old, the next version. */
export function dealAfterChange(deal: Deal, data: DealChangeData, now: Date): Deal {
  const after: Deal = { ...deal, version: deal.version + 1, updatedAt: now };
  for (const column of Object.keys(changeableColumns) as ChangeableColumn[]) {
    const value = data[column];
    if (value !== undefined) (after as Record<ChangeableColumn, unknown>)[column] = value;
  }
  return after;
}

function sqlValue(column: ChangeableColumn, value: unknown): unknown {
  if (column === 'contacts') return JSON.stringify(value);
  if (!(value instanceof Date)) return value;
  return column === 'expectedCloseDate' || column === 'nextStepDueOn' ? value.toISOString().slice(0, 10) : value.toISOString();
}

type InsertedEvent = { sequence: number; occurredAt: Date };

export async function recordDealChange(
  tx: TransactionClient,
  options: {
    type: DealEventType;
    before: Deal | null;
    after: Deal;
    actor: { id: string; name: string } | null;
    idempotency?: { key: string; fingerprint: string } | null;
  },
): Promise<TDealChange> {
  const event = eventValues(options);
  const inserted = await runEventStatement(() => tx.$queryRaw<InsertedEvent[]>`
      WITH "lock" AS (SELECT pg_advisory_xact_lock(${dealEventLock}::bigint))
      INSERT INTO "DealEvent" ("dealId", "teamId", "fromTeamId", "actorId", "type", "before", "after", "idempotencyKey", "idempotencyFingerprint")
      SELECT ${event.dealId}, ${event.teamId}, ${event.fromTeamId}, ${event.actorId}, ${options.type}::"DealEventType",
             ${event.beforeJson}::jsonb, ${event.afterJson}::jsonb, ${event.idempotencyKey}, ${event.idempotencyFingerprint}
      FROM "lock"
      RETURNING "sequence", "occurredAt"`);
  return toChange(inserted[0]!, options, event);
}

/**
 * Changes an existing deal and records its DealEvent in one statement: the UPDATE runs
 * only at the version the change was based on, and the event is inserted (under the
 * order lock, taken after the deal's row lock, as every writer takes them) only when it
 * did. Run outside a transaction, PostgreSQL commits as the statement ends. Returns null,
 * with nothing written, when the deal is no longer at that version (or gone).
 */
export async function writeDealUpdate(
  db: Pick<PrismaClient | TransactionClient, '$queryRaw'>,
  options: {
    type: DealEventType;
    before: Deal;
    data: DealChangeData;
    actor: { id: string; name: string } | null;
    idempotency?: { key: string; fingerprint: string } | null;
    now: Date;
  },
): Promise<{ after: Deal; change: TDealChange } | null> {
  const { before, data, now } = options;
  const after = dealAfterChange(before, data, now);
  const assignments = (Object.keys(changeableColumns) as ChangeableColumn[])
    .filter((column) => data[column] !== undefined)
    .map((column) => Prisma.sql`${Prisma.raw(`"${column}"`)} = ${sqlValue(column, data[column])}::${Prisma.raw(changeableColumns[column])}`);
  assignments.push(Prisma.sql`"version" = ${after.version}`, Prisma.sql`"updatedAt" = ${now.toISOString()}::timestamptz`);
  const event = eventValues({ ...options, after });
  const inserted = await runEventStatement(() => db.$queryRaw<InsertedEvent[]>`
      WITH "updated" AS (
        UPDATE "Deal" SET ${Prisma.join(assignments, ', ')}
        WHERE "id" = ${before.id} AND "version" = ${before.version}
        RETURNING "id"
      ), "lock" AS (SELECT pg_advisory_xact_lock(${dealEventLock}::bigint) FROM "updated")
      INSERT INTO "DealEvent" ("dealId", "teamId", "fromTeamId", "actorId", "type", "before", "after", "idempotencyKey", "idempotencyFingerprint")
      SELECT ${event.dealId}, ${event.teamId}, ${event.fromTeamId}, ${event.actorId}, ${options.type}::"DealEventType",
             ${event.beforeJson}::jsonb, ${event.afterJson}::jsonb, ${event.idempotencyKey}, ${event.idempotencyFingerprint}
      FROM "lock"
      RETURNING "sequence", "occurredAt"`);
  const row = inserted[0];
  return row ? { after, change: toChange(row, { ...options, after }, event) } : null;
}

type EventSource = {
  before: Deal | null;
  after: Deal;
  actor: { id: string; name: string } | null;
  idempotency?: { key: string; fingerprint: string } | null;
};

function eventValues(options: EventSource) {
  const before = options.before ? toDealCard(options.before) : null;
  const after = toDealCard(options.after);
  return {
    before,
    after,
    dealId: after.id,
    teamId: after.teamId,
    fromTeamId: options.before && options.before.teamId !== options.after.teamId ? options.before.teamId : null,
    actorId: options.actor?.id ?? null,
    idempotencyKey: options.idempotency?.key ?? null,
    idempotencyFingerprint: options.idempotency?.fingerprint ?? null,
    beforeJson: before === null ? null : JSON.stringify(before),
    afterJson: JSON.stringify(after),
  };
}

async function runEventStatement(statement: () => Promise<InsertedEvent[]>): Promise<InsertedEvent[]> {
  try {
    return await statement();
  } catch (error) {
    // A raw statement reports the idempotency key's unique index as 23505; callers
    // look for Prisma's P2002, as the generated insert used to raise.
    if (isUniqueViolationOf(error)) throw Object.assign(new Error('Unique constraint failed on DealEvent.idempotencyKey'), { code: 'P2002' });
    throw error;
  }
}

function toChange(inserted: InsertedEvent, options: { type: DealEventType; actor: { id: string; name: string } | null; after?: Deal }, event: ReturnType<typeof eventValues>): TDealChange {
  return {
    sequence: Number(inserted.sequence),
    type: options.type,
    dealId: event.dealId,
    teamId: event.teamId,
    previousTeamId: event.fromTeamId,
    actorId: event.actorId,
    actorName: options.actor?.name ?? null,
    occurredAt: new Date(inserted.occurredAt).toISOString(),
    before: event.before,
    deal: event.after,
  };
}

function isUniqueViolationOf(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta, message } = error as { code?: unknown; meta?: { code?: unknown }; message?: unknown };
  return code === 'P2002' || meta?.code === '23505' || (typeof message === 'string' && message.includes('23505'));
}

/** Rebuilds the change a DealEvent row records (for history, replays and catch-up). */
/**
 * Who a change is shown as made by: its actor, or the CRM import for history an import
 * brought in (it happened in the other system; the admin who imported it did not make it).
 */
export function changeActorName(event: { imported: boolean; actor?: { name: string } | null }): string | null {
  return event.imported ? 'The CRM import' : (event.actor?.name ?? null);
}

export function toDealChange(event: DealEvent, actorName: string | null): TDealChange {
  const deal = ZDealCard.parse(event.after);
  const before = event.before ? (ZDealCard.partial().parse(event.before) as Partial<TDealCard>) : null;
  return {
    sequence: event.sequence,
    type: event.type,
    dealId: event.dealId,
    teamId: event.teamId,
    previousTeamId: event.fromTeamId,
    actorId: event.actorId,
    actorName,
    occurredAt: event.occurredAt.toISOString(),
    before,
    deal,
  };
}

/** Idempotency keys are kept per actor, so two users can never collide. */
export function scopedIdempotencyKey(actorId: string, key: string | undefined | null): string | null {
  return key ? `${actorId}:${key}` : null;
}
