import { ZEntityId } from '@/schemas/primitives';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { canViewTeamBoard } from '@/domain/board/permissions';
import type { TDealCard, TDealChange } from '@/schemas/deal';
import { toDealCard } from '@/server/board/deal-card';
import { changeActorName, toDealChange } from '@/server/board/record-deal-change';

/** One deal, deleted or not, with its whole history from DealEvent, oldest first. */
export async function getDeal(options: {
  actor: SessionUser;
  dealId: string;
}): Promise<{ deal: TDealCard; history: TDealChange[] }> {
  const dealId = ZEntityId.parse(options.dealId);
  const { actor } = options;
  const deal = await prisma.deal.findUnique({ where: { id: dealId } });
  if (!deal || !canViewTeamBoard(actor, deal.teamId)) {
    // A deal that moved away from the actor's teams stays visible in its history only
    // to those who may see its current team.
    throw new AppError('NOT_FOUND', 'No such deal.');
  }
  const events = await prisma.dealEvent.findMany({
    where: { dealId },
    orderBy: { sequence: 'asc' },
    include: { actor: { select: { name: true } } },
  });
  return { deal: toDealCard(deal), history: events.map((event) => toDealChange(event, changeActorName(event))) };
}
