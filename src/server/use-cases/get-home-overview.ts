import { prisma } from '@/server/db';
import type { SessionUser } from '@/server/auth/session-user';
import { formatMonth, monthStartInZone } from '@/domain/calendar';
import { formatMoney } from '@/domain/money';
import type { TWallBar, TWallScope, TWallSnapshot } from '@/schemas/wall';
import { wallBarKey } from '@/domain/pacing/wall-bar-key';
import { getWallSnapshot } from './get-wall-snapshot';

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
  /** This month's progress to goal for the scopes the user looks after: their own, their team's, their office's (or all of them for an admin). */
  progress: TWallBar[];
  /** The wall those bars come from and which of its bars they are (wallBarKey), so the page follows it live. */
  progressWall: { snapshot: TWallSnapshot; keys: string[] } | null;
};

/** The bars the home page shows: what the user answers for first, then the scopes it rolls up into. */
async function progressFor(actor: SessionUser, now: Date, officeId: string | null): Promise<{ bars: TWallBar[]; snapshot: TWallSnapshot }> {
  // The user's own office, or the company for admins, managers and people on no team.
  const scope: TWallScope = actor.role === 'ADMIN' || actor.role === 'MANAGER' || !officeId ? { kind: 'company' } : { kind: 'office', officeId };
  const snapshot = await getWallSnapshot({ scope, now, detail: 'full' });
  return { bars: pickProgressBars(actor, snapshot), snapshot };
}

function pickProgressBars(actor: SessionUser, snapshot: TWallSnapshot): TWallBar[] {
  if (actor.role === 'ADMIN') return [snapshot.company, ...snapshot.offices].filter((bar): bar is TWallBar => bar !== null);
  const looksAfter = new Set([...actor.managedTeamIds, ...actor.ledTeamIds]);
  if (actor.role === 'MANAGER') return snapshot.teams.filter((bar) => looksAfter.has(bar.id));
  const own = snapshot.reps.filter((bar) => bar.id === actor.id && bar.teamId === actor.teamId);
  const teams = snapshot.teams.filter((bar) => bar.id === actor.teamId || looksAfter.has(bar.id));
  return [...own, ...teams, ...(actor.teamId ? snapshot.offices.slice(0, 1) : [])];
}

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
  const team = options.actor.teamId
    ? await prisma.team.findUnique({
        where: { id: options.actor.teamId },
        include: {
          office: true,
          lead: { select: { name: true } },
          manager: { select: { name: true } },
          members: { where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true, role: true, colour: true } },
        },
      })
    : null;
  const found = offices > 0 ? await progressFor(options.actor, now, team?.officeId ?? null) : null;
  const progress = found?.bars ?? [];
  const progressWall = found && progress.length > 0 ? { snapshot: found.snapshot, keys: progress.map(wallBarKey) } : null;
  if (!team) return { organizationName: organization?.name ?? null, team: null, monthLabel: null, counts, progress, progressWall };

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
    progress,
    progressWall,
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
