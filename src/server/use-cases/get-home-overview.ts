import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { formatMonth, monthStartInZone } from '@/domain/calendar';
import { formatMoney } from '@/domain/money';

export type HomeOverview = {
  organizationName: string | null;
  team: {
    name: string;
    colour: string;
    officeName: string;
    timeZone: string;
    leadName: string | null;
    managerName: string | null;
    members: { id: string; name: string; role: string; colour: string; goal: string | null }[];
  } | null;
  monthLabel: string | null;
  counts: { offices: number; teams: number; activeUsers: number; openDeals: number };
};

/** What the signed-in home page shows: the user's team and this month's goals. */
export async function getHomeOverview(options: { actor: SessionUser; now?: Date }): Promise<HomeOverview> {
  const now = options.now ?? new Date();
  const [organization, offices, teams, activeUsers, openDeals] = await Promise.all([
    prisma.organization.findFirst({ select: { name: true } }),
    prisma.office.count(),
    prisma.team.count(),
    prisma.user.count({ where: { active: true } }),
    prisma.deal.count({ where: { deletedAt: null, stage: { not: 'COMPLETED' } } }),
  ]);
  const counts = { offices, teams, activeUsers, openDeals };
  if (!options.actor.teamId) return { organizationName: organization?.name ?? null, team: null, monthLabel: null, counts };

  const team = await prisma.team.findUnique({
    where: { id: options.actor.teamId },
    include: {
      office: true,
      lead: { select: { name: true } },
      manager: { select: { name: true } },
      members: { where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true, role: true, colour: true } },
    },
  });
  if (!team) return { organizationName: organization?.name ?? null, team: null, monthLabel: null, counts };

  const month = monthStartInZone(now, team.office.timeZone);
  const goals = await prisma.monthlyGoal.findMany({
    where: { month, userId: { in: team.members.map((member) => member.id) } },
    select: { userId: true, amountMinor: true, currency: true },
  });
  const goalByUser = new Map(goals.map((goal) => [goal.userId, goal]));
  return {
    organizationName: organization?.name ?? null,
    monthLabel: formatMonth(month, team.office.locale),
    counts,
    team: {
      name: team.name,
      colour: team.colour,
      officeName: team.office.name,
      timeZone: team.office.timeZone,
      leadName: team.lead?.name ?? null,
      managerName: team.manager?.name ?? null,
      members: team.members.map((member) => {
        const goal = goalByUser.get(member.id);
        return {
          ...member,
          goal: goal ? formatMoney(goal.amountMinor, goal.currency, team.office.locale) : null,
        };
      }),
    },
  };
}
