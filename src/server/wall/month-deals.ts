import { prisma } from '@/server/db';
import type { PacingDeal } from '@/domain/pacing/deal-contributions';
import type { TDealCard } from '@/schemas/deal';

// The month's deals as the pacing ledger takes them: the query for a month's deals, the
// DealEvent log after a sequence, and the conversions from rows and cards.

export const dayMs = 86_400_000;

export function monthEndOf(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
}

/**
 * Whether a deal belongs to the month's deals: won in the month in any office's zone (so
 * a day either side), or open and expected to close in it. The same rule as the query in
 * `readMonthDeals`, applied to a deal card.
 */
export function isInMonthDeals(card: TDealCard, month: Date): boolean {
  if (card.deletedAt) return false;
  if (card.outcome === 'WON' && card.closedAt) {
    const time = Date.parse(card.closedAt);
    if (time >= month.getTime() - dayMs && time < month.getTime() + 33 * dayMs) return true;
  }
  if (card.stage !== 'COMPLETED' && card.expectedCloseDate) {
    const time = Date.parse(`${card.expectedCloseDate}T00:00:00Z`);
    if (time >= month.getTime() && time < monthEndOf(month).getTime()) return true;
  }
  return false;
}

const dealSelection = {
  id: true,
  version: true,
  ownerId: true,
  teamId: true,
  stage: true,
  outcome: true,
  amountMinor: true,
  closedAmountMinor: true,
  closedAt: true,
  expectedCloseDate: true,
  currency: true,
} as const;

export function toPacingDeal(
  deal: Pick<PacingDeal, 'id' | 'ownerId' | 'teamId' | 'stage' | 'outcome' | 'amountMinor' | 'closedAmountMinor' | 'currency'> & {
    closedAt: Date | null;
    expectedCloseDate: string | null;
  },
  officeOfTeam: Map<string, string>,
): PacingDeal | null {
  const officeId = officeOfTeam.get(deal.teamId);
  if (!officeId) return null;
  return {
    id: deal.id,
    ownerId: deal.ownerId,
    teamId: deal.teamId,
    officeId,
    stage: deal.stage,
    outcome: deal.outcome,
    amountMinor: deal.amountMinor,
    closedAmountMinor: deal.closedAmountMinor,
    closedAt: deal.closedAt,
    expectedCloseDate: deal.expectedCloseDate,
    currency: deal.currency,
  };
}

export function cardToPacingDeal(card: TDealCard, month: Date, officeOfTeam: Map<string, string>): PacingDeal | null {
  if (!isInMonthDeals(card, month)) return null;
  return toPacingDeal({ ...card, closedAt: card.closedAt ? new Date(card.closedAt) : null }, officeOfTeam);
}

/** The month's deals: won in the month in any office's zone (a day either side), or open and expected to close in it. */
export async function readMonthDeals(month: Date) {
  const monthEnd = monthEndOf(month);
  return prisma.deal.findMany({
    where: {
      deletedAt: null,
      OR: [
        { outcome: 'WON', closedAt: { gte: new Date(month.getTime() - dayMs), lt: new Date(month.getTime() + 33 * dayMs) } },
        { stage: { not: 'COMPLETED' }, expectedCloseDate: { gte: month, lt: monthEnd } },
      ],
    },
    select: dealSelection,
  });
}

/** The DealEvents after `sequence`, oldest first, at most `limit` of them. */
export function readDealEventsAfter(sequence: number, limit: number) {
  return prisma.dealEvent.findMany({
    where: { sequence: { gt: sequence } },
    orderBy: { sequence: 'asc' },
    select: { sequence: true, dealId: true, after: true },
    take: limit,
  });
}
