import { refusalToPlanHires } from '@/domain/forecast/permissions';
import type { TPlannedHire, TPlannedHireInput } from '@/schemas/forecast';
import type { SessionUser } from '@/server/auth/session-user';
import type { TransactionClient } from '@/server/db';
import { AppError } from '@/server/errors';

// Shared checks of the hiring-plan use cases: the team exists and the actor may plan for
// it, the start is not in the past, a named person exists.

export type PlannedHireRow = {
  id: string;
  teamId: string;
  startDate: Date;
  count: number;
  personId: string | null;
  rampOverride: unknown;
  note: string;
  team: { name: string };
  person: { name: string } | null;
};

export const plannedHireSelect = {
  id: true,
  teamId: true,
  startDate: true,
  count: true,
  personId: true,
  rampOverride: true,
  note: true,
  team: { select: { name: true } },
  person: { select: { name: true } },
} as const;

export function toPlannedHire(row: PlannedHireRow, actor: SessionUser): TPlannedHire {
  return {
    id: row.id,
    teamId: row.teamId,
    teamName: row.team.name,
    startDate: row.startDate.toISOString().slice(0, 10),
    count: row.count,
    personId: row.personId,
    personName: row.person?.name ?? null,
    rampOverride: Array.isArray(row.rampOverride) ? (row.rampOverride as number[]) : null,
    note: row.note,
    canEdit: refusalToPlanHires(actor, row.teamId) === null,
  };
}

export function assertMayPlan(actor: SessionUser, teamId: string): void {
  const refusal = refusalToPlanHires(actor, teamId);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}

export async function checkPlannedHire(tx: TransactionClient, actor: SessionUser, input: TPlannedHireInput, now: Date): Promise<Date> {
  const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true } });
  if (!team) throw new AppError('UNPROCESSABLE', 'There is no such team.', { field: 'teamId' });
  assertMayPlan(actor, input.teamId);
  const startDate = new Date(`${input.startDate}T00:00:00Z`);
  if (Number.isNaN(startDate.getTime()) || startDate.toISOString().slice(0, 10) !== input.startDate) {
    throw new AppError('UNPROCESSABLE', 'The start date is not a real date.', { field: 'startDate' });
  }
  if (input.startDate < now.toISOString().slice(0, 10)) throw new AppError('UNPROCESSABLE', 'A planned hire cannot start in the past.', { field: 'startDate' });
  if (input.personId) {
    const person = await tx.user.findUnique({ where: { id: input.personId }, select: { id: true, teamId: true } });
    if (!person) throw new AppError('UNPROCESSABLE', 'There is no such person.', { field: 'personId' });
    if (person.teamId !== input.teamId) throw new AppError('UNPROCESSABLE', 'That person is on another team: plan them for their own team.', { field: 'personId' });
    if (input.count !== 1) throw new AppError('UNPROCESSABLE', 'A hire that names a person is one hire.', { field: 'count' });
  }
  return startDate;
}
