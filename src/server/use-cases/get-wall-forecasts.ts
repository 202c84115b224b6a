import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { parseMonthKey } from '@/domain/calendar';
import { wallForecastFigures } from '@/domain/sprints/wall-forecast';
import type { TWallForecasts } from '@/schemas/sprint';
import type { SessionUser } from '@/server/auth/session-user';
import { canReadTeamSprint } from '@/domain/sprints/permissions';

/**
 * Every rep's latest forecast for a month, rolled up to teams and offices: the wall's
 * forecast marker. The roll-ups go to everyone; a rep's own figures only to those who
 * may read that rep's sprint.
 */
export async function getWallForecasts(options: { actor: SessionUser; month: unknown }): Promise<TWallForecasts> {
  const month = typeof options.month === 'string' ? parseMonthKey(options.month) : null;
  if (!month) throw new AppError('BAD_REQUEST', 'month must look like 2026-11.');
  const rows = await prisma.forecast.findMany({
    where: { month },
    select: { userId: true, teamId: true, commitMinor: true, bestCaseMinor: true, createdAt: true, team: { select: { officeId: true } } },
  });
  const figures = wallForecastFigures(rows.map((row) => ({ ...row, officeId: row.team.officeId })));
  const teamOfRep = new Map(rows.map((row) => [row.userId, row.teamId]));
  const reps = figures.reps.filter((rep) => {
    const teamId = teamOfRep.get(rep.id);
    return teamId !== undefined && canReadTeamSprint(options.actor, teamId);
  });
  return { month: options.month as string, ...figures, reps };
}
