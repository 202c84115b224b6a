import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { monthStartInZone } from '@/domain/calendar';
import { sprintVelocity } from '@/domain/sprints/velocity';
import { ZSprintHistoryQuery, type TSprintHistory } from '@/schemas/sprint';
import { loadSprintTeam } from '@/server/sprints/team-context';
import { ensureSprintsOfMonth, sprintState } from '@/server/sprints/sprint-rows';
import { loadDealStates, toCommitment } from '@/server/sprints/commitments';

/**
 * Velocity per sprint over the last few months, up to the current sprint: revenue and
 * deals won, deals lost, and how many commitments were met. For the team, or one rep.
 */
export async function getSprintHistory(options: { actor: SessionUser; teamId: string; query: unknown; now?: Date }): Promise<TSprintHistory> {
  const now = options.now ?? new Date();
  const query = ZSprintHistoryQuery.parse(options.query);
  const context = await loadSprintTeam(options.actor, options.teamId);
  const teamId = context.team.id;
  if (query.userId) {
    const rep = await prisma.user.findUnique({ where: { id: query.userId }, select: { teamId: true } });
    if (!rep || rep.teamId !== teamId) throw new AppError('NOT_FOUND', `That person is not on ${context.team.name}.`);
  }
  const office = { id: context.team.officeId, timeZone: context.team.timeZone };
  const current = monthStartInZone(now, office.timeZone);
  const sprints = [];
  for (let back = query.months - 1; back >= 0; back -= 1) {
    const month = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - back, 1));
    sprints.push(...(await ensureSprintsOfMonth(office, month)));
  }
  const shown = sprints.filter((sprint) => sprintState(sprint, now) !== 'future');
  if (shown.length === 0) return { team: context.team, userId: query.userId ?? null, rows: [] };
  const range = { startsAt: shown[0]!.startsAt, endsAt: shown.at(-1)!.endsAt };
  const [closedDeals, commitments] = await Promise.all([
    prisma.deal.findMany({
      where: {
        teamId,
        ...(query.userId ? { ownerId: query.userId } : {}),
        stage: 'COMPLETED',
        deletedAt: null,
        closedAt: { gte: range.startsAt, lt: range.endsAt },
      },
      select: { closedAt: true, outcome: true, closedAmountMinor: true, amountMinor: true },
    }),
    prisma.commitment.findMany({
      where: { sprintId: { in: shown.map((sprint) => sprint.id) }, ...(query.userId ? { userId: query.userId } : { user: { teamId } }) },
      include: { deal: true },
    }),
  ]);
  const states = await loadDealStates([...new Set(commitments.map((commitment) => commitment.dealId))], range);
  const facts = closedDeals
    .filter((deal) => deal.closedAt !== null && deal.outcome !== null)
    .map((deal) => ({ closedAt: deal.closedAt!, outcome: deal.outcome!, closedAmountMinor: deal.closedAmountMinor ?? deal.amountMinor }));
  const rows = shown.map((sprint) => {
    const statuses = commitments
      .filter((commitment) => commitment.sprintId === sprint.id)
      .map((commitment) => toCommitment(commitment, states.get(commitment.dealId) ?? [], sprint, now).status);
    return {
      sprintId: sprint.id,
      month: sprint.month.toISOString().slice(0, 7),
      number: sprint.number,
      startsOn: sprint.startsOn.toISOString().slice(0, 10),
      endsOn: sprint.endsOn.toISOString().slice(0, 10),
      state: sprintState(sprint, now),
      ...sprintVelocity({ sprint, closedDeals: facts, commitmentStatuses: statuses }),
    };
  });
  return { team: context.team, userId: query.userId ?? null, rows };
}
