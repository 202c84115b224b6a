import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { parseMonthKey } from '@/domain/calendar';
import { wallForecastFigures } from '@/domain/sprints/wall-forecast';
import type { TWallForecasts } from '@/schemas/sprint';

/** Every rep's latest forecast for a month, rolled up to teams and offices: the wall's forecast marker. */
export async function getWallForecasts(options: { month: unknown }): Promise<TWallForecasts> {
  const month = typeof options.month === 'string' ? parseMonthKey(options.month) : null;
  if (!month) throw new AppError('BAD_REQUEST', 'month must look like 2026-11.');
  const rows = await prisma.forecast.findMany({
    where: { month },
    select: { userId: true, teamId: true, commitMinor: true, bestCaseMinor: true, createdAt: true, team: { select: { officeId: true } } },
  });
  const figures = wallForecastFigures(rows.map((row) => ({ ...row, officeId: row.team.officeId })));
  return { month: options.month as string, ...figures };
}
