import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { formatMinor, toCsv } from '@/domain/import/export-rows';
import { teamFilter } from '@/server/export/readable-teams';

/** Every forecast the reps of the user's readable teams stated, oldest first. */
export async function exportForecasts(options: { actor: SessionUser }): Promise<string> {
  const forecasts = await prisma.forecast.findMany({
    where: teamFilter(options.actor),
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { user: { select: { email: true, name: true } }, team: { select: { name: true } }, sprint: { select: { number: true } } },
  });
  return toCsv(['Month', 'Sprint', 'Person', 'Email', 'Team', 'Commit', 'Best Case', 'Currency', 'Stated At'], forecasts.map((forecast) => [
    forecast.month.toISOString().slice(0, 7), forecast.sprint.number, forecast.user.name, forecast.user.email, forecast.team.name,
    formatMinor(forecast.commitMinor, forecast.currency), formatMinor(forecast.bestCaseMinor, forecast.currency), forecast.currency, forecast.createdAt.toISOString(),
  ]));
}
