import type { Deal, Prisma } from '@/generated/prisma/client';
import type { DealEventType } from '@/generated/prisma/enums';
import { prisma, type TransactionClient } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { canViewTeamBoard, type BoardActor } from '@/domain/board/permissions';
import { broadcastDealChange } from '@/realtime/broadcast';
import type { TDealCard, TDealChange } from '@/schemas/deal';
import { toDealCard } from './deal-card';
import { recordDealChange, scopedIdempotencyKey, toDealChange } from './record-deal-change';

export type DealChangeResult = { deal: TDealCard; change: TDealChange; replayed: boolean };

export type DealChangePlan = {
  type: DealEventType;
  data: Prisma.DealUncheckedUpdateManyInput;
};

type PlanContext = { deal: Deal; actor: BoardActor; tx: TransactionClient; now: Date };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** The change a retried request already made, if its idempotency key was seen. */
export async function findReplayedChange(idempotencyKey: string | null): Promise<DealChangeResult | null> {
  if (!idempotencyKey) return null;
  const event = await prisma.dealEvent.findUnique({
    where: { idempotencyKey },
    include: { actor: { select: { name: true } } },
  });
  if (!event) return null;
  const change = toDealChange(event, event.actor?.name ?? null);
  return { deal: change.deal, change, replayed: true };
}

/**
 * Runs a write that records `idempotencyKey`; when two copies of one retried request
 * race and this one loses on the key's unique index, returns the winner's result.
 */
export async function writeOnce(
  idempotencyKey: string | null,
  write: () => Promise<DealChangeResult>,
): Promise<DealChangeResult> {
  try {
    return await write();
  } catch (error) {
    if (idempotencyKey && isUniqueViolation(error)) {
      const winner = await findReplayedChange(idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}

function conflict(current: Deal): AppError {
  return new AppError(
    'CONFLICT',
    'Someone else changed this deal first. It is shown as it is now; make your change again if it still applies.',
    { deal: toDealCard(current) },
  );
}

/**
 * The one path by which an existing deal changes: find it or 404, check the actor may
 * see it, check the version the change was based on (409 with the current card), let
 * the use case check its rules and plan the update, write the update and its DealEvent
 * in one transaction, and broadcast only after the commit. A retried request with the
 * same idempotency key returns what the first one did.
 */
export async function changeDeal(options: {
  actor: SessionUser;
  dealId: string;
  version: number;
  idempotencyKey?: string;
  allowDeleted?: boolean;
  now?: Date;
  plan: (context: PlanContext) => Promise<DealChangePlan> | DealChangePlan;
}): Promise<DealChangeResult> {
  const idempotencyKey = scopedIdempotencyKey(options.actor.id, options.idempotencyKey);
  const replayed = await findReplayedChange(idempotencyKey);
  if (replayed) return replayed;
  const now = options.now ?? new Date();

  const result = await writeOnce(idempotencyKey, () =>
    prisma.$transaction(
      async (tx) => {
        const deal = await tx.deal.findUnique({ where: { id: options.dealId } });
        const actor = options.actor;
        if (!deal || !canViewTeamBoard(actor, deal.teamId)) throw new AppError('NOT_FOUND', 'No such deal.');
        if (deal.deletedAt && !options.allowDeleted) {
          throw new AppError('NOT_FOUND', 'This deal has been deleted. Restore it first.');
        }
        if (deal.version !== options.version) throw conflict(deal);

        const plan = await options.plan({ deal, actor, tx, now });
        // One statement: UPDATE … WHERE id AND version … RETURNING the row.
        const [after] = await tx.deal.updateManyAndReturn({
          where: { id: deal.id, version: deal.version },
          data: { ...plan.data, version: deal.version + 1 },
        });
        if (!after) throw conflict(await tx.deal.findUniqueOrThrow({ where: { id: deal.id } }));
        const change = await recordDealChange(tx, {
          type: plan.type,
          before: deal,
          after,
          actor: { id: options.actor.id, name: options.actor.name },
          idempotencyKey,
        });
        return { deal: change.deal, change, replayed: false };
      },
      { maxWait: 10_000, timeout: 20_000 },
    ),
  );
  if (!result.replayed) broadcastDealChange(result.change);
  return result;
}
