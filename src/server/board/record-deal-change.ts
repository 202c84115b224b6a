import type { Deal, DealEvent } from '@/generated/prisma/client';
import type { DealEventType } from '@/generated/prisma/enums';
import type { TransactionClient } from '@/server/db';
import { ZDealCard, type TDealCard, type TDealChange } from '@/schemas/deal';
import { toDealCard } from './deal-card';

// Every change to a deal is written with its DealEvent in the same transaction.
// Sequence numbers come from a serial column; taking this transaction-scoped advisory
// lock just before the insert makes them commit in the order they were handed out, so
// a client that has seen sequence N never later finds a smaller one appear.
const dealEventLock = 72_400_001;

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
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${dealEventLock}::bigint)`;
  const before = options.before ? toDealCard(options.before) : null;
  const after = toDealCard(options.after);
  const fromTeamId = options.before && options.before.teamId !== options.after.teamId ? options.before.teamId : null;
  const event = await tx.dealEvent.create({
    data: {
      dealId: options.after.id,
      teamId: options.after.teamId,
      fromTeamId,
      actorId: options.actor?.id ?? null,
      type: options.type,
      before: before ?? undefined,
      after,
      idempotencyKey: options.idempotencyKey ?? null,
    },
  });
  return toDealChange(event, options.actor?.name ?? null);
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
