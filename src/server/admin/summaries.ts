import type { Prisma } from '@/generated/prisma/client';
import type { TransactionClient } from '@/server/db';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { THoliday, TOffice, TPerson, TTeam } from '@/schemas/admin';
import { stageWeightSelection, staleAfterSelection } from '@/server/board/team-settings-selection';

// What the admin screens see of each row: never password hashes or token hashes.

type Client = TransactionClient | typeof prisma;

function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const officeSelection = {
  id: true,
  name: true,
  timeZone: true,
  locale: true,
  currency: true,
  businessDayStart: true,
  businessDayEnd: true,
  _count: { select: { teams: true, holidays: true } },
} as const;

type OfficeRow = Prisma.OfficeGetPayload<{ select: typeof officeSelection }>;

export function toOffice(row: OfficeRow): TOffice {
  const { _count: counts, ...office } = row;
  return { ...office, teamCount: counts.teams, holidayCount: counts.holidays };
}

/** The office's own settings, as they go in the audit log. */
export function officeSnapshot(office: TOffice) {
  const { teamCount: _teams, holidayCount: _holidays, ...settings } = office;
  return settings;
}

export function toHoliday(row: { id: string; officeId: string; date: Date; name: string }): THoliday {
  return { id: row.id, officeId: row.officeId, date: toDateString(row.date), name: row.name };
}

export const teamSelection = {
  id: true,
  officeId: true,
  office: { select: { name: true } },
  name: true,
  colour: true,
  leadId: true,
  lead: { select: { name: true } },
  managerId: true,
  manager: { select: { name: true } },
  ...staleAfterSelection,
  ...stageWeightSelection,
  _count: { select: { members: { where: { active: true } } } },
} as const;

type TeamRow = Prisma.TeamGetPayload<{ select: typeof teamSelection }>;

export function toTeam(row: TeamRow): TTeam {
  return {
    id: row.id,
    officeId: row.officeId,
    officeName: row.office.name,
    name: row.name,
    colour: row.colour,
    leadId: row.leadId,
    leadName: row.lead?.name ?? null,
    managerId: row.managerId,
    managerName: row.manager?.name ?? null,
    staleAfterDays: row.staleAfterDays,
    staleAfterDaysBacklog: row.staleAfterDaysBacklog,
    staleAfterDaysTodo: row.staleAfterDaysTodo,
    staleAfterDaysInProgress: row.staleAfterDaysInProgress,
    weightBacklog: row.weightBacklog,
    weightTodo: row.weightTodo,
    weightInProgress: row.weightInProgress,
    memberCount: row._count.members,
  };
}

export function teamSnapshot(team: TTeam) {
  const { officeName: _office, leadName: _lead, managerName: _manager, memberCount: _members, ...settings } = team;
  return settings;
}

export const personSelection = {
  id: true,
  name: true,
  email: true,
  role: true,
  teamId: true,
  team: { select: { name: true } },
  colour: true,
  startDate: true,
  active: true,
  passwordHash: true,
  _count: { select: { deals: { where: { stage: { not: 'COMPLETED' }, deletedAt: null } } } },
} as const;

type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelection }>;

export function toPerson(row: PersonRow): TPerson {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    teamId: row.teamId,
    teamName: row.team?.name ?? null,
    colour: row.colour,
    startDate: toDateString(row.startDate),
    active: row.active,
    hasPassword: row.passwordHash !== null,
    openDealCount: row._count.deals,
  };
}

/** A person as the audit log records them. */
export function personSnapshot(person: TPerson) {
  const { teamName: _team, openDealCount: _deals, ...facts } = person;
  return facts;
}

export async function findPerson(client: Client, userId: string): Promise<TPerson> {
  const row = await client.user.findUnique({ where: { id: userId }, select: personSelection });
  if (!row) throw new AppError('NOT_FOUND', 'No such person.');
  return toPerson(row);
}

export async function findOffice(client: Client, officeId: string): Promise<TOffice> {
  const row = await client.office.findUnique({ where: { id: officeId }, select: officeSelection });
  if (!row) throw new AppError('NOT_FOUND', 'No such office.');
  return toOffice(row);
}

export async function findTeam(client: Client, teamId: string): Promise<TTeam> {
  const row = await client.team.findUnique({ where: { id: teamId }, select: teamSelection });
  if (!row) throw new AppError('NOT_FOUND', 'No such team.');
  return toTeam(row);
}

/** True for Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
