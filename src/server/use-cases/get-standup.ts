import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { monthKey, monthStartInZone } from '@/domain/calendar';
import { staleness } from '@/domain/board/staleness';
import { summarizePushes } from '@/domain/signals/close-date-pushes';
import { riskSignals } from '@/domain/signals/risk-signals';
import { loadCloseDateChanges } from '@/server/signals/close-date-changes';
import { getMonthFlow } from '@/server/use-cases/get-month-flow';
import { latestForecasts } from '@/domain/sprints/forecasts';
import type { TStandup, TStandupRep } from '@/schemas/sprint';
import type { TDealChange } from '@/schemas/deal';
import { toDealCard } from '@/server/board/deal-card';
import { changeActorName, toDealChange } from '@/server/board/record-deal-change';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { loadSprintTeam, loadTeamMembers, loadTeamSprint } from '@/server/sprints/team-context';
import { adjacentSprintIds, toSprint } from '@/server/sprints/sprint-rows';
import { loadSprintCommitments } from '@/server/sprints/commitments';
import { toActionItem, toBlocker, toForecast } from '@/server/sprints/payloads';

const aWeek = 7 * 24 * 60 * 60 * 1000;
/** At most this many changes per standup, newest kept: a standup is a conversation, not an audit. */
const movedLimit = 500;

/**
 * The standup screen, rep by rep: what moved since the last standup (or in the last
 * week, before the first), what is stuck, this sprint's commitments, the rep's pace,
 * open blockers and action items.
 */
export async function getStandup(options: { actor: SessionUser; teamId: string; sprintId: string; now?: Date }): Promise<TStandup> {
  const now = options.now ?? new Date();
  const context = await loadSprintTeam(options.actor, options.teamId);
  const sprint = await loadTeamSprint(context, options.sprintId);
  const teamId = context.team.id;
  const members = await loadTeamMembers(teamId);
  const memberIds = members.map((member) => member.id);
  const lastStandup = await prisma.standup.findFirst({ where: { teamId }, orderBy: { heldAt: 'desc' } });
  const since = lastStandup?.heldAt ?? new Date(now.getTime() - aWeek);

  const [events, openDeals, commitments, forecasts, wall, blockers, actionItems, adjacent, flow] = await Promise.all([
    // By when it happened, not by sequence: an import writes old history with new
    // sequence numbers, which must neither show as new nor crowd out this week's moves.
    prisma.dealEvent.findMany({
      where: { OR: [{ teamId }, { fromTeamId: teamId }], occurredAt: { gt: since } },
      include: { actor: { select: { name: true } } },
      orderBy: [{ occurredAt: 'desc' }, { sequence: 'desc' }],
      take: movedLimit,
    }),
    prisma.deal.findMany({
      where: { teamId, ownerId: { in: memberIds }, deletedAt: null, stage: { not: 'COMPLETED' } },
      orderBy: { stageChangedAt: 'asc' },
    }),
    loadSprintCommitments(sprint, memberIds, now),
    prisma.forecast.findMany({ where: { userId: { in: memberIds }, month: sprint.month }, orderBy: { createdAt: 'asc' } }),
    getWallSnapshot({ scope: { kind: 'office', officeId: context.team.officeId }, month: monthKey(monthStartInZone(now, context.team.timeZone)), now }),
    prisma.blocker.findMany({ where: { teamId, resolvedAt: null }, orderBy: { createdAt: 'asc' } }),
    prisma.actionItem.findMany({ where: { teamId, doneAt: null }, include: { owner: { select: { name: true } } }, orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }] }),
    adjacentSprintIds({ id: context.team.officeId, timeZone: context.team.timeZone }, sprint, now),
    getMonthFlow({ scope: { kind: 'team', id: teamId }, now }),
  ]);
  const closeDateChanges = await loadCloseDateChanges(openDeals.map((deal) => deal.id));
  const risksOf = (deal: (typeof openDeals)[number]) => {
    const card = toDealCard(deal);
    const pushes = summarizePushes(closeDateChanges.get(deal.id) ?? [], card.expectedCloseDate);
    const signals = riskSignals(
      { ...card, stageChangedAt: deal.stageChangedAt, lastActivityAt: deal.lastActivityAt, deletedAt: deal.deletedAt },
      { pushes, thresholds: context.staleThresholds, now, timeZone: context.team.timeZone },
    );
    return { deal: card, signals };
  };
  const atRisk = openDeals.map(risksOf).filter((entry) => entry.signals.length > 0);

  const movedByRep = new Map<string, TDealChange[]>();
  for (const event of [...events].reverse()) {
    const change = toDealChange(event, changeActorName(event));
    // A change belongs to the rep who owned the deal before it (a hand-over shows with the giver) and after it.
    const owners = new Set([change.before?.ownerId, change.deal.ownerId].filter((owner): owner is string => typeof owner === 'string'));
    for (const owner of owners) {
      const list = movedByRep.get(owner) ?? [];
      list.push(change);
      movedByRep.set(owner, list);
    }
  }
  const latest = latestForecasts(forecasts);
  const bars = new Map(wall.reps.map((bar) => [bar.id, bar]));
  const items = actionItems.map((item) => toActionItem(item, now, context.team.timeZone));
  const reps: TStandupRep[] = members.map((member) => {
    const forecast = latest.get(member.id);
    return {
      userId: member.id,
      name: member.name,
      colour: member.colour,
      moved: movedByRep.get(member.id) ?? [],
      stuck: openDeals.filter((deal) => deal.ownerId === member.id && staleness(deal, context.staleThresholds, now).isStale).map(toDealCard),
      atRisk: atRisk.filter((entry) => entry.deal.ownerId === member.id),
      commitments: commitments.get(member.id) ?? [],
      forecast: forecast ? toForecast(forecast) : null,
      pace: bars.get(member.id) ?? null,
      blockers: blockers.filter((blocker) => blocker.repId === member.id).map(toBlocker),
      actionItems: items.filter((item) => item.ownerId === member.id),
    };
  });
  return {
    team: context.team,
    sprint: toSprint(sprint, now),
    ...adjacent,
    since: since.toISOString(),
    lastStandupAt: lastStandup?.heldAt.toISOString() ?? null,
    staleAfterDays: context.staleAfterDays,
    flow,
    reps,
    actionItems: items,
    canRunRituals: context.canRunRituals,
  };
}
