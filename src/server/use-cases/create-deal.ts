import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { assertCanCreateDealFor } from '@/domain/board/permissions';
import { positionBetween } from '@/domain/board/positions';
import { ZCreateDealInput } from '@/schemas/deal';
import { announce } from '@/server/events';
import { calendarDateToDate } from '@/server/board/deal-card';
import { findReplayedChange, writeOnce, type DealChangeResult } from '@/server/board/change-deal';
import { recordDealChange } from '@/server/board/record-deal-change';
import { idempotencyOf } from '@/server/board/idempotency';

/** Creates a deal at the top of its owner's column (the actor's own by default). */
export async function createDeal(options: { actor: SessionUser; input: unknown }): Promise<DealChangeResult> {
  const input = ZCreateDealInput.parse(options.input);
  const idempotency = idempotencyOf(options.actor.id, 'create', null, input);
  const replayed = await findReplayedChange(idempotency);
  if (replayed) return replayed;

  const result = await writeOnce(idempotency, () => prisma.$transaction(async (tx) => {
    const actor = options.actor;
    const ownerId = input.ownerId ?? options.actor.id;
    const owner = await tx.user.findUnique({
      where: { id: ownerId },
      select: { id: true, teamId: true, active: true, team: { select: { office: { select: { currency: true } } } } },
    });
    if (!owner || !owner.active || !owner.teamId || !owner.team) {
      throw new AppError('UNPROCESSABLE', 'The owner must be an active rep on a team.');
    }
    assertCanCreateDealFor(actor, { id: owner.id, teamId: owner.teamId, active: owner.active });
    const top = await tx.deal.findFirst({
      where: { ownerId: owner.id, stage: input.stage, deletedAt: null },
      orderBy: { position: 'asc' },
      select: { position: true },
    });
    const deal = await tx.deal.create({
      data: {
        account: input.account,
        title: input.title,
        amountMinor: input.amountMinor,
        currency: owner.team.office.currency,
        stage: input.stage,
        expectedCloseDate: calendarDateToDate(input.expectedCloseDate) ?? null,
        ownerId: owner.id,
        teamId: owner.teamId,
        position: positionBetween(null, top?.position ?? null),
        noteworthy: input.noteworthy,
        notes: input.notes,
      },
    });
    const change = await recordDealChange(tx, {
      type: 'CREATED',
      before: null,
      after: deal,
      actor: { id: options.actor.id, name: options.actor.name },
      idempotency,
    });
    return { deal: change.deal, change, replayed: false };
  }));
  if (!result.replayed) announce('dealChanged', result.change);
  return result;
}
