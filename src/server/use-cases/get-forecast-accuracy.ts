import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { SessionUser } from '@/server/auth/session-user';
import { formatMonth, monthKey, monthRangeInZone, monthStartInZone, parseMonthKey } from '@/domain/calendar';
import { forecastAccuracy } from '@/domain/sprints/forecasts';
import type { TForecastAccuracy } from '@/schemas/sprint';
import { loadSprintTeam } from '@/server/sprints/team-context';
import { ensureSprintsOfMonth } from '@/server/sprints/sprint-rows';

/**
 * How good the team's forecasts were once a month has closed: for each sprint, the
 * forecasts as they stood at its end, against what each rep really won that month.
 */
export async function getForecastAccuracy(options: { actor: SessionUser; teamId: string; month?: string | null; now?: Date }): Promise<TForecastAccuracy> {
  const now = options.now ?? new Date();
  const context = await loadSprintTeam(options.actor, options.teamId);
  const current = monthStartInZone(now, context.team.timeZone);
  let month = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 1, 1));
  if (options.month) {
    const parsed = parseMonthKey(options.month);
    if (!parsed) throw new AppError('BAD_REQUEST', 'month must look like 2026-10.');
    month = parsed;
  }
  if (month >= current) {
    throw new AppError('UNPROCESSABLE', `${formatMonth(month, context.team.locale)} has not closed yet: accuracy is shown once the month is over.`);
  }
  const sprints = await ensureSprintsOfMonth({ id: context.team.officeId, timeZone: context.team.timeZone }, month);
  const range = monthRangeInZone(month, context.team.timeZone);
  const [forecasts, won] = await Promise.all([
    prisma.forecast.findMany({ where: { teamId: context.team.id, month }, include: { user: { select: { name: true } } }, orderBy: { createdAt: 'asc' } }),
    prisma.deal.groupBy({
      by: ['ownerId'],
      where: { teamId: context.team.id, outcome: 'WON', deletedAt: null, closedAt: { gte: range.start, lt: range.end } },
      _sum: { closedAmountMinor: true },
    }),
  ]);
  const actualByUser = new Map(won.map((row) => [row.ownerId, row._sum.closedAmountMinor ?? 0]));
  const names = new Map(forecasts.map((forecast) => [forecast.userId, forecast.user.name]));
  const rows = forecastAccuracy({ sprints, snapshots: forecasts, actualByUser });
  return {
    team: context.team,
    month: monthKey(month),
    reps: [...names].map(([userId, name]) => ({ userId, name })).sort((a, b) => a.name.localeCompare(b.name)),
    rows: rows.map((row) => ({ ...row, asOf: row.asOf.toISOString() })),
  };
}
