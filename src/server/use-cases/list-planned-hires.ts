import { refusalToPlanHires } from '@/domain/forecast/permissions';
import type { SessionUser } from '@/server/auth/session-user';
import { prisma } from '@/server/db';
import { plannedHireSelect, toPlannedHire } from '@/server/forecast/planned-hires';
import type { z } from 'zod';
import type { ZHiringPlan } from '@/schemas/forecast';

/** The hiring plan, and the teams the user may plan for. Everyone signed in may read it. */
export async function listPlannedHires(options: { actor: SessionUser }): Promise<z.infer<typeof ZHiringPlan>> {
  const [rows, teams] = await Promise.all([
    prisma.plannedHire.findMany({ select: plannedHireSelect, orderBy: [{ startDate: 'asc' }, { createdAt: 'asc' }] }),
    prisma.team.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    hires: rows.map((row) => toPlannedHire(row, options.actor)),
    teams: teams.map((team) => ({ ...team, canPlan: refusalToPlanHires(options.actor, team.id) === null })),
  };
}
