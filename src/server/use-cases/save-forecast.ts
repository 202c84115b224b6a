import { ZEntityId } from '@/schemas/primitives';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { refusalToEditForecast } from '@/domain/sprints/permissions';
import { ZSaveForecastInput, type TSprintRep } from '@/schemas/sprint';
import { assertAllowed, loadSprintTeam, loadTeamSprint } from '@/server/sprints/team-context';
import { forecastWindowOf } from '@/server/sprints/sprint-rows';
import { isOpenForForecasts } from '@/domain/sprints/planning';
import { loadSprintCommitments } from '@/server/sprints/commitments';
import { toSprintRep } from '@/server/sprints/payloads';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { monthKey } from '@/domain/calendar';
import { announce } from '@/server/events';

/**
 * A rep states their monthly forecast in the current sprint (or the next one, planning
 * ahead): a new dated snapshot (the
 * earlier ones stay, for accuracy), and the deals they commit to this sprint, which
 * replace the ones they named before. One transaction; a deal committed earlier keeps
 * the column it was committed from.
 */
export async function saveForecast(options: {
  actor: SessionUser;
  teamId: string;
  sprintId: string;
  userId: string;
  input: unknown;
  now?: Date;
}): Promise<{ rep: TSprintRep }> {
  const now = options.now ?? new Date();
  const userId = ZEntityId.parse(options.userId);
  const context = await loadSprintTeam(options.actor, options.teamId);
  assertAllowed(refusalToEditForecast(context.actor, userId));
  const input = ZSaveForecastInput.parse(options.input);
  const sprint = await loadTeamSprint(context, options.sprintId);
  // The running sprint, or the next one planned ahead.
  const window = await forecastWindowOf({ id: context.team.officeId, timeZone: context.team.timeZone }, sprint, now);
  if (!isOpenForForecasts(window)) {
    throw new AppError(
      'UNPROCESSABLE',
      window === 'over'
        ? `Sprint ${sprint.number} is over: forecast in the current sprint.`
        : `Sprint ${sprint.number} is not open for forecasts yet: plan the sprint right after the current one.`,
    );
  }
  const rep = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, colour: true, teamId: true, active: true } });
  if (!rep || rep.teamId !== context.team.id || !rep.active) throw new AppError('UNPROCESSABLE', `You are not on ${context.team.name}, so you cannot forecast for it.`);

  const dealIds = input.commitments.map((commitment) => commitment.dealId);
  // A commitment made earlier in the sprint stays, even when its deal has since closed.
  const alreadyCommitted = new Set(
    (await prisma.commitment.findMany({ where: { sprintId: sprint.id, userId }, select: { dealId: true } })).map((commitment) => commitment.dealId),
  );
  const deals = new Map(
    (await prisma.deal.findMany({ where: { id: { in: dealIds } }, select: { id: true, account: true, ownerId: true, stage: true, deletedAt: true } })).map((deal) => [deal.id, deal]),
  );
  for (const dealId of dealIds) {
    const deal = deals.get(dealId);
    if (!deal || deal.ownerId !== userId || deal.deletedAt) throw new AppError('UNPROCESSABLE', 'You can only commit to open deals of your own.', { dealId });
    if (deal.stage === 'COMPLETED' && !alreadyCommitted.has(dealId)) throw new AppError('UNPROCESSABLE', `${deal.account} is already completed; commit to an open deal.`, { dealId });
  }

  const forecast = await prisma.$transaction(async (tx) => {
    const created = await tx.forecast.create({
      data: {
        sprintId: sprint.id,
        userId,
        teamId: context.team.id,
        month: sprint.month,
        commitMinor: input.commitMinor,
        bestCaseMinor: input.bestCaseMinor,
        currency: context.team.currency,
        createdAt: now,
      },
    });
    const existing = await tx.commitment.findMany({ where: { sprintId: sprint.id, userId } });
    const kept = new Map(existing.map((commitment) => [commitment.dealId, commitment]));
    await tx.commitment.deleteMany({ where: { sprintId: sprint.id, userId, dealId: { notIn: dealIds } } });
    for (const commitment of input.commitments) {
      const known = kept.get(commitment.dealId);
      if (known) {
        if (known.goal !== commitment.goal) await tx.commitment.update({ where: { id: known.id }, data: { goal: commitment.goal } });
      } else {
        await tx.commitment.create({
          data: { sprintId: sprint.id, userId, dealId: commitment.dealId, goal: commitment.goal, fromStage: deals.get(commitment.dealId)!.stage, createdAt: now },
        });
      }
    }
    return created;
  });

  // After the commit: the team's open sprint pages and standups refresh their roll-up.
  announce('forecastSaved', { teamId: context.team.id, sprintId: sprint.id, userId });

  const [commitments, wall] = await Promise.all([
    loadSprintCommitments(sprint, [userId], now),
    getWallSnapshot({ scope: { kind: 'office', officeId: context.team.officeId }, month: monthKey(sprint.month), now }),
  ]);
  const bar = wall.reps.find((candidate) => candidate.id === userId);
  return { rep: toSprintRep(rep, bar, forecast, commitments.get(userId) ?? []) };
}
