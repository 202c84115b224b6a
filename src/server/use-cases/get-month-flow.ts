import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { monthKey, monthRangeInZone, monthStartInZone } from '@/domain/calendar';
import { monthFlow, type FlowCard, type FlowEvent } from '@/domain/signals/month-flow';
import { ZFlowScope, type TMonthFlowReport } from '@/schemas/signals';
import { ZDealCard } from '@/schemas/deal';
import { toDealCard } from '@/server/board/deal-card';

/** Most changes read for one scope's month; a month with more is cut (the figures then say so by not balancing). */
const eventLimit = 50_000;

/**
 * The month's flow so far for a team or an office (in the office's zone and currency):
 * its pipeline for the month when the month began, what came in and went out, and
 * where it stands now. The opening state of each deal is rewound from the month's own
 * events (the card before its first change), so no older history is read.
 */
export async function getMonthFlow(options: { scope: unknown; now?: Date }): Promise<TMonthFlowReport> {
  const scope = ZFlowScope.parse(options.scope);
  const now = options.now ?? new Date();
  const teams =
    scope.kind === 'team'
      ? await prisma.team.findMany({ where: { id: scope.id }, select: { id: true, name: true, office: true } })
      : await prisma.team.findMany({ where: { officeId: scope.id }, select: { id: true, name: true, office: true } });
  const office = teams[0]?.office ?? (scope.kind === 'office' ? await prisma.office.findUnique({ where: { id: scope.id } }) : null);
  if (!office) throw new AppError('NOT_FOUND', `No such ${scope.kind}.`);
  const teamIds = teams.map((team) => team.id);
  const month = monthStartInZone(now, office.timeZone);
  const { start } = monthRangeInZone(month, office.timeZone);
  const key = monthKey(month);
  const monthEnd = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));

  const [events, pipelineNow] = await Promise.all([
    prisma.dealEvent.findMany({
      where: { OR: [{ teamId: { in: teamIds } }, { fromTeamId: { in: teamIds } }], occurredAt: { gte: start, lte: now } },
      orderBy: { sequence: 'asc' },
      take: eventLimit,
      select: { dealId: true, type: true, before: true, after: true },
    }),
    prisma.deal.findMany({
      where: { teamId: { in: teamIds }, deletedAt: null, stage: { not: 'COMPLETED' }, expectedCloseDate: { gte: month, lt: monthEnd } },
    }),
  ]);

  const flowEvents: FlowEvent[] = events.map((event) => ({
    type: event.type,
    before: event.before ? toFlowCard(event.before) : null,
    after: event.after ? toFlowCard(event.after) : null,
  }));
  // Each deal as the month began: the card before its first change this month, or, for
  // a deal unchanged since, the card it is now.
  const opening = new Map<string, FlowCard>();
  const changed = new Set<string>();
  for (const [index, event] of events.entries()) {
    if (changed.has(event.dealId)) continue;
    changed.add(event.dealId);
    const before = flowEvents[index]!.before;
    if (before) opening.set(event.dealId, before);
  }
  for (const deal of pipelineNow) if (!changed.has(deal.id)) opening.set(deal.id, toFlowCard(toDealCard(deal)));

  const name = scope.kind === 'team' ? (teams[0]?.name ?? '') : office.name;
  return {
    scope,
    name,
    month: key,
    currency: office.currency,
    locale: office.locale,
    flow: monthFlow([...opening.values()], flowEvents, { month: key, teamIds: new Set(teamIds) }),
  };
}

function toFlowCard(value: unknown): FlowCard {
  const card = ZDealCard.parse(value);
  return {
    id: card.id,
    stage: card.stage,
    outcome: card.outcome,
    amountMinor: card.amountMinor,
    closedAmountMinor: card.closedAmountMinor,
    expectedCloseDate: card.expectedCloseDate,
    teamId: card.teamId,
    deletedAt: card.deletedAt,
  };
}
