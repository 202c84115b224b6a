import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { formatMinor, toCsv } from '@/domain/import/export-rows';
import { teamFilter } from '@/server/export/readable-teams';

/** Monthly goals of the teams the user may see. */
export async function exportGoals(options: { actor: SessionUser }): Promise<string> {
  const goals = await prisma.monthlyGoal.findMany({
    where: teamFilter(options.actor),
    orderBy: [{ month: 'asc' }, { userId: 'asc' }],
    include: { user: { select: { email: true, name: true } }, team: { select: { name: true } } },
  });
  return toCsv(['Month', 'Person', 'Email', 'Team', 'Goal', 'Currency'], goals.map((goal) => [
    goal.month.toISOString().slice(0, 7), goal.user.name, goal.user.email, goal.team.name, formatMinor(goal.amountMinor, goal.currency), goal.currency,
  ]));
}
