import { refusalToPlanHires } from '@/domain/forecast/permissions';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { plannedHireSelect, toPlannedHire } from '@/server/forecast/planned-hires';
import type { z } from 'zod';
import type { ZHiringPlan } from '@/schemas/forecast';

/** The hiring plan, the teams the user may plan for and the people invited who start later. Everyone signed in may read it. */
export async function listPlannedHires(options: { actor: SessionUser; now?: Date }): Promise<z.infer<typeof ZHiringPlan>> {
  const today = new Date(`${(options.now ?? new Date()).toISOString().slice(0, 10)}T00:00:00Z`);
  const [rows, teams, upcoming] = await Promise.all([
    prisma.plannedHire.findMany({ select: plannedHireSelect, orderBy: [{ startDate: 'asc' }, { createdAt: 'asc' }] }),
    prisma.team.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.user.findMany({
      where: { active: true, role: { in: ['REP', 'LEAD'] }, teamId: { not: null }, startDate: { gte: today } },
      select: { id: true, name: true, teamId: true, startDate: true },
      orderBy: [{ startDate: 'asc' }, { name: 'asc' }],
    }),
  ]);
  const mayPlan = (teamId: string | null) => teamId !== null && refusalToPlanHires(options.actor, teamId) === null;
  return {
    hires: rows.map((row) => toPlannedHire(row, options.actor)),
    teams: teams.map((team) => ({ ...team, canPlan: mayPlan(team.id) })),
    // Only for the teams the user plans for: the names of people who have not started are not everyone's business.
    upcomingPeople: upcoming.filter((person) => mayPlan(person.teamId)).map((person) => ({ id: person.id, name: person.name, teamId: person.teamId as string, startDate: person.startDate.toISOString().slice(0, 10) })),
  };
}
