import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToAddNotes } from '@/domain/sprints/permissions';
import type { TRetroDeal, TRetrospective } from '@/schemas/sprint';
import { toDealCard } from '@/server/board/deal-card';
import { changeActorName, toDealChange } from '@/server/board/record-deal-change';
import { loadSprintTeam, loadTeamMembers, loadTeamSprint } from '@/server/sprints/team-context';
import { adjacentSprintIds, toSprint } from '@/server/sprints/sprint-rows';
import { retroNoteInclude, toActionItem, toRetroNote } from '@/server/sprints/payloads';
import { listMergedTags } from '@/server/sprints/tags-in-use';

/**
 * The retrospective of a sprint: the deals the team completed in it, won and lost, each
 * with its history; the notes on the sprint and its deals; the action items agreed in
 * it and any still open from before.
 */
export async function getRetrospective(options: { actor: SessionUser; teamId: string; sprintId: string; now?: Date }): Promise<TRetrospective> {
  const now = options.now ?? new Date();
  const context = await loadSprintTeam(options.actor, options.teamId);
  const sprint = await loadTeamSprint(context, options.sprintId);
  const teamId = context.team.id;
  const [deals, notes, actionItems, members, adjacent, tagsInUse] = await Promise.all([
    prisma.deal.findMany({
      where: { teamId, stage: 'COMPLETED', deletedAt: null, closedAt: { gte: sprint.startsAt, lt: sprint.endsAt } },
      include: { owner: { select: { name: true } } },
      orderBy: { closedAt: 'asc' },
    }),
    prisma.retroNote.findMany({ where: { teamId, sprintId: sprint.id }, include: retroNoteInclude, orderBy: { createdAt: 'asc' } }),
    prisma.actionItem.findMany({
      where: { teamId, OR: [{ sprintId: sprint.id }, { doneAt: null, createdAt: { lt: sprint.endsAt } }] },
      include: { owner: { select: { name: true } } },
      orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
    }),
    loadTeamMembers(teamId),
    adjacentSprintIds({ id: context.team.officeId, timeZone: context.team.timeZone }, sprint, now),
    listMergedTags(options.actor),
  ]);
  const events = await prisma.dealEvent.findMany({
    where: { dealId: { in: deals.map((deal) => deal.id) } },
    include: { actor: { select: { name: true } } },
    orderBy: { sequence: 'asc' },
  });
  const toRetroDeal = (deal: (typeof deals)[number]): TRetroDeal => ({
    deal: toDealCard(deal),
    ownerName: deal.owner.name,
    history: events.filter((event) => event.dealId === deal.id).map((event) => toDealChange(event, changeActorName(event))),
  });
  return {
    team: context.team,
    sprint: toSprint(sprint, now),
    ...adjacent,
    members: members.map((member) => ({ userId: member.id, name: member.name, colour: member.colour })),
    won: deals.filter((deal) => deal.outcome === 'WON').map(toRetroDeal),
    lost: deals.filter((deal) => deal.outcome === 'LOST').map(toRetroDeal),
    notes: notes.map(toRetroNote),
    actionItems: actionItems.map((item) => toActionItem(item, now, context.team.timeZone)),
    canRunRituals: context.canRunRituals,
    canAddNotes: refusalToAddNotes(context.actor, teamId) === null,
    tagsInUse,
  };
}
