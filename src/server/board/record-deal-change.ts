import type { Deal, DealEvent } from '@/generated/prisma/client';
import type { DealEventType } from '@/generated/prisma/enums';
import type { TransactionClient } from '@/server/db';
import { ZDealCard, type TDealCard, type TDealChange } from '@/schemas/deal';
import { toDealCard } from './deal-card';

// Every change to a deal is written with its DealEvent in the same transaction.
// Sequence numbers come from a serial column; taking this transaction-scoped advisory
// lock just before the insert makes them commit in the order they were handed out, so
// a client that has seen sequence N never later finds a smaller one appear.
//
// The lock is taken by the INSERT statement itself (a CTE the insert selects from, so
// the lock is held before the sequence is drawn), and the insert is the transaction's
// last statement: the lock is held for one round trip and the COMMIT, not for three.
// Under load every writer queues on this lock, so each round trip held costs all of them.
const dealEventLock = 72_400_001;

type InsertedEvent = { sequence: number; occurredAt: Date };

export async function recordDealChange(
  tx: TransactionClient,
  options: {
    type: DealEventType;
    before: Deal | null;
    after: Deal;
    actor: { id: string; name: string } | null;
    idempotencyKey?: string | null;
  },
): Promise<TDealChange> {
  const before = options.before ? toDealCard(options.before) : null;
  const after = toDealCard(options.after);
  const fromTeamId = options.before && options.before.teamId !== options.after.teamId ? options.before.teamId : null;
  const actorId = options.actor?.id ?? null;
  const idempotencyKey = options.idempotencyKey ?? null;
  let inserted: InsertedEvent[];
  try {
    inserted = await tx.$queryRaw<InsertedEvent[]>`
      WITH "lock" AS (SELECT pg_advisory_xact_lock(${dealEventLock}::bigint))
      INSERT INTO "DealEvent" ("dealId", "teamId", "fromTeamId", "actorId", "type", "before", "after", "idempotencyKey")
      SELECT ${after.id}, ${after.teamId}, ${fromTeamId}, ${actorId}, ${options.type}::"DealEventType",
             ${before === null ? null : JSON.stringify(before)}::jsonb, ${JSON.stringify(after)}::jsonb, ${idempotencyKey}
      FROM "lock"
      RETURNING "sequence", "occurredAt"`;
  } catch (error) {
    // A raw statement reports the idempotency key's unique index as 23505; callers
    // look for Prisma's P2002, as the generated insert used to raise.
    if (isUniqueViolationOf(error)) throw Object.assign(new Error('Unique constraint failed on DealEvent.idempotencyKey'), { code: 'P2002' });
    throw error;
  }
  const event = inserted[0]!;
  return {
    sequence: Number(event.sequence),
    type: options.type,
    dealId: after.id,
    teamId: after.teamId,
    previousTeamId: fromTeamId,
    actorId,
    actorName: options.actor?.name ?? null,
    occurredAt: new Date(event.occurredAt).toISOString(),
    before,
    deal: after,
  };
}

function isUniqueViolationOf(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta, message } = error as { code?: unknown; meta?: { code?: unknown }; message?: unknown };
  return code === 'P2002' || meta?.code === '23505' || (typeof message === 'string' && message.includes('23505'));
}

/** Rebuilds the change a DealEvent row records (for history, replays and catch-up). */
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
