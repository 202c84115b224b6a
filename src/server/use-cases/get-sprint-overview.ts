import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { monthKey } from '@/domain/calendar';
import { latestForecasts, rollUpForecasts } from '@/domain/sprints/forecasts';
import type { TSprintOverview, TSprintRep } from '@/schemas/sprint';
import { getWallSnapshot } from '@/server/use-cases/get-wall-snapshot';
import { loadSprintTeam, loadTeamMembers, loadTeamSprint } from '@/server/sprints/team-context';
import { adjacentSprintIds, forecastWindowOf, toSprint } from '@/server/sprints/sprint-rows';
import { loadSprintCommitments } from '@/server/sprints/commitments';
import { toSprintRep } from '@/server/sprints/payloads';

/**
 * A team's sprint: each rep's forecast as it stood at the sprint's end (or now, for the
 * current sprint), their commitments and whether they were met, and the team roll-up.
 */
export async function getSprintOverview(options: {
  actor: SessionUser;
  teamId: string;
  sprintId: string;
  now?: Date;
}): Promise<TSprintOverview> {
  const now = options.now ?? new Date();
  const context = await loadSprintTeam(options.actor, options.teamId);
  const sprint = await loadTeamSprint(context, options.sprintId);
  const office = { id: context.team.officeId, timeZone: context.team.timeZone };
  const members = await loadTeamMembers(context.team.id);
  const memberIds = members.map((member) => member.id);
  const asOf = now < sprint.endsAt ? now : new Date(sprint.endsAt.getTime() - 1);
  const [adjacent, window, forecasts, commitments, wall] = await Promise.all([
    adjacentSprintIds(office, sprint, now),
    forecastWindowOf(office, sprint, now),
    prisma.forecast.findMany({ where: { userId: { in: memberIds }, month: sprint.month, createdAt: { lte: asOf } }, orderBy: { createdAt: 'asc' } }),
    loadSprintCommitments(sprint, memberIds, now),
    getWallSnapshot({ scope: { kind: 'office', officeId: office.id }, month: monthKey(sprint.month), now }),
  ]);
  const latest = latestForecasts(forecasts);
  const bars = new Map(wall.reps.map((bar) => [bar.id, bar]));
  const reps: TSprintRep[] = members.map((member) => toSprintRep(member, bars.get(member.id), latest.get(member.id), commitments.get(member.id) ?? []));
  const totals = rollUpForecasts(latest.values());
  return {
    team: context.team,
    sprint: toSprint(sprint, now),
    ...adjacent,
    reps,
    rollUp: {
      commitMinor: totals.commitMinor,
      bestCaseMinor: totals.bestCaseMinor,
      reps: totals.reps,
      goalMinor: reps.reduce((sum, rep) => sum + rep.goalMinor, 0),
      closedWonMinor: reps.reduce((sum, rep) => sum + rep.closedWonMinor, 0),
    },
    canRunRituals: context.canRunRituals,
    forecastWindow: window,
  };
}
