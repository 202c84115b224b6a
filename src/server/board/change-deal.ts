import type { z } from 'zod';
import type { Deal } from '@/generated/prisma/client';
import type { DealEventType } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { assertCanEditDeal, canViewTeamBoard, type BoardActor } from '@/domain/board/permissions';
import type { PositionedCard } from '@/domain/board/positions';
import { announce } from '@/server/events';
import type { TDealCard, TDealChange } from '@/schemas/deal';
import { toDealCard } from './deal-card';
import type { DealReader } from './place-deal';
import { toDealChange, writeDealUpdate, type DealChangeData } from './record-deal-change';
import { assertSameRequest, idempotencyOf, type Idempotency } from './idempotency';

export type DealChangeResult = { deal: TDealCard; change: TDealChange; replayed: boolean };

/** What every deal-changing use case is called with: who, which deal, and the unparsed body. */
export type DealChangeRequest = { actor: SessionUser; dealId: string; input: unknown; now?: Date };

export type DealChangePlan = {
  type: DealEventType;
  data: DealChangeData;
  /** Other cards of the column with new positions, when placing this one re-spaced it. */
  rebalanced?: readonly PositionedCard[];
};

type PlanContext = { deal: Deal; actor: BoardActor; db: DealReader; now: Date };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/**
 * The change a retried request already made, if its idempotency key was seen; 422 when
 * the key was first sent with a different request.
 */
export async function findReplayedChange(idempotency: Idempotency | null): Promise<DealChangeResult | null> {
  if (!idempotency) return null;
  const event = await prisma.dealEvent.findUnique({
    where: { idempotencyKey: idempotency.key },
    include: { actor: { select: { name: true } } },
  });
  if (!event) return null;
  assertSameRequest(event.idempotencyFingerprint, idempotency);
  const change = toDealChange(event, event.actor?.name ?? null);
  return { deal: change.deal, change, replayed: true };
}

/**
 * Runs a write that records an idempotency key; when two copies of one retried request
 * race and this one loses on the key's unique index, returns the winner's result.
 */
export async function writeOnce(
  idempotency: Idempotency | null,
  write: () => Promise<DealChangeResult>,
): Promise<DealChangeResult> {
  try {
    return await write();
  } catch (error) {
    if (idempotency && isUniqueViolation(error)) {
      const winner = await findReplayedChange(idempotency);
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
 * see it, check the version the change was based on (409 with the current card), check
 * the actor may edit it (403), let the use case check its own rules and plan the
 * update, then write the update and its
 * DealEvent in one statement that applies only at that version (so a change that lost
 * a race is refused with 409 and writes nothing), and broadcast after the commit. A
 * retried request with the same idempotency key returns what the first one did.
 *
 * The reads come before the write, outside a transaction; the version makes that safe.
 * Only a placement that re-spaces the column writes other rows too: then the new
 * positions and the change go in one transaction.
 */
export async function changeDeal(options: {
  actor: SessionUser;
  dealId: string;
  /** Names the operation in the idempotency fingerprint: 'move', 'close', … */
  operation: string;
  /** The parsed body: the version the change was based on, and its idempotency key when sent. */
  input: { version: number; idempotencyKey?: string | undefined };
  allowDeleted?: boolean;
  now?: Date;
  /**
   * Called when the deal is no longer at `version`: throw (a 409 naming the conflicts)
   * to refuse, or return to apply the change on top of the current version (an edit of
   * fields nobody else changed). Without it, any other version is a 409.
   */
  whenStale?: (context: { deal: Deal; baseVersion: number }) => Promise<void>;
  plan: (context: PlanContext) => Promise<DealChangePlan> | DealChangePlan;
}): Promise<DealChangeResult> {
  const actor = options.actor;
  const idempotency = idempotencyOf(actor.id, options.operation, options.dealId, options.input);
  const replayed = await findReplayedChange(idempotency);
  if (replayed) return replayed;
  const now = options.now ?? new Date();
  const version = options.input.version;

  const result = await writeOnce(idempotency, async () => {
    const deal = await prisma.deal.findUnique({ where: { id: options.dealId } });
    if (!deal || !canViewTeamBoard(actor, deal.teamId)) throw new AppError('NOT_FOUND', 'No such deal.');
    if (deal.deletedAt && !options.allowDeleted) {
      throw new AppError('NOT_FOUND', 'This deal has been deleted. Restore it first.');
    }
    if (deal.version !== version) {
      if (!options.whenStale || version > deal.version) throw conflict(deal);
      await options.whenStale({ deal, baseVersion: version });
    }
    assertCanEditDeal(actor, deal);

    const plan = await options.plan({ deal, actor, db: prisma, now });
    const write = {
      type: plan.type,
      before: deal,
      data: plan.data,
      actor: { id: actor.id, name: actor.name },
      idempotency,
      now,
    };
    const rebalanced = plan.rebalanced ?? [];
    const written =
      rebalanced.length === 0
        ? await writeDealUpdate(prisma, write)
        : await prisma.$transaction(
            async (tx) => {
              for (const card of rebalanced) await tx.deal.update({ where: { id: card.id }, data: { position: card.position } });
              const done = await writeDealUpdate(tx, write);
              // Nothing of a refused change may stay: undo the re-spacing too.
              if (!done) throw conflict(await tx.deal.findUniqueOrThrow({ where: { id: deal.id } }));
              return done;
            },
            { maxWait: 10_000, timeout: 20_000 },
          );
    if (!written) {
      const current = await prisma.deal.findUnique({ where: { id: deal.id } });
      if (!current) throw new AppError('NOT_FOUND', 'No such deal.');
      throw conflict(current);
    }
    return { deal: written.change.deal, change: written.change, replayed: false };
  });
  if (!result.replayed) announce('dealChanged', result.change);
  return result;
}

type VersionedBody = { version: number; idempotencyKey?: string | undefined };

/**
 * Declares a deal use case by what sets it apart: the operation's name (for idempotency),
 * the zod schema of its body, and its plan. The returned use case parses the body first
 * (a bad one is a 400 that touches nothing), then runs the change through changeDeal,
 * which does the loading, the version, visibility and edit-right checks and the write.
 */
export function dealChange<Input extends VersionedBody>(definition: {
  operation: string;
  schema: z.ZodType<Input>;
  allowDeleted?: boolean;
  whenStale?: (context: { deal: Deal; baseVersion: number; input: Input }) => Promise<void>;
  plan: (context: PlanContext & { input: Input }) => Promise<DealChangePlan> | DealChangePlan;
}): (request: DealChangeRequest) => Promise<DealChangeResult> {
  const { schema, whenStale, plan, ...rest } = definition;
  return async (request) => {
    const input = schema.parse(request.input);
    return changeDeal({
      ...request,
      ...rest,
      input,
      whenStale: whenStale && ((context) => whenStale({ ...context, input })),
      plan: (context) => plan({ ...context, input }),
    });
  };
}
