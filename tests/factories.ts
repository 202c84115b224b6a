// Factories for tests. The build* functions (re-exported from the domain, where the
// demo seed uses them too) return plain rows with sensible defaults; the create*
// functions insert such rows through the Prisma client or transaction they are given,
// creating whatever the row needs (an office for a team, a team for a user, an owner
// for a deal) unless it is passed in.

import type { PrismaClient } from '@/generated/prisma/client';
import {
  buildDeal,
  buildGoal,
  buildOffice,
  buildTeam,
  buildUser,
  type DealRecord,
  type GoalRecord,
  type OfficeRecord,
  type TeamRecord,
  type UserRecord,
} from '@/domain/demo/record-builders';

export {
  buildDeal,
  buildDealEvent,
  buildExchangeRate,
  buildGoal,
  buildHoliday,
  buildOffice,
  buildOrganization,
  buildTeam,
  buildUser,
} from '@/domain/demo/record-builders';
export type {
  DealEventRecord,
  DealRecord,
  DealSnapshot,
  ExchangeRateRecord,
  GoalRecord,
  HolidayRecord,
  OfficeRecord,
  OrganizationRecord,
  TeamRecord,
  UserRecord,
} from '@/domain/demo/record-builders';

/** A Prisma client or an interactive transaction client. */
export type FactoryClient = Pick<PrismaClient, 'office' | 'team' | 'user' | 'deal' | 'monthlyGoal'>;

export async function createOffice(client: FactoryClient, overrides: Partial<OfficeRecord> = {}): Promise<OfficeRecord> {
  const office = buildOffice(overrides);
  await client.office.create({ data: office });
  return office;
}

export async function createTeam(client: FactoryClient, overrides: Partial<TeamRecord> = {}): Promise<TeamRecord> {
  const officeId = overrides.officeId ?? (await createOffice(client)).id;
  const team = buildTeam({ ...overrides, officeId });
  await client.team.create({ data: team });
  return team;
}

/** Creates a user; a REP or LEAD without a team gets a new team of their own. */
export async function createUser(client: FactoryClient, overrides: Partial<UserRecord> = {}): Promise<UserRecord> {
  const role = overrides.role ?? 'REP';
  const needsTeam = overrides.teamId === undefined && (role === 'REP' || role === 'LEAD');
  const teamId = needsTeam ? (await createTeam(client)).id : (overrides.teamId ?? null);
  const user = buildUser({ ...overrides, role, teamId });
  await client.user.create({ data: user });
  return user;
}

/** Creates a deal; without an owner it creates a rep (and a team) to own it. */
export async function createDeal(
  client: FactoryClient,
  overrides: Partial<DealRecord> = {},
): Promise<DealRecord> {
  let { ownerId, teamId } = overrides;
  if (ownerId === undefined) {
    const owner = await createUser(client, teamId === undefined ? {} : { teamId });
    ownerId = owner.id;
    teamId ??= owner.teamId ?? undefined;
  }
  if (teamId === undefined) {
    const owner = await client.user.findUniqueOrThrow({ where: { id: ownerId }, select: { teamId: true } });
    teamId = owner.teamId ?? (await createTeam(client)).id;
  }
  const deal = buildDeal({ ...overrides, ownerId, teamId });
  await client.deal.create({ data: deal });
  return deal;
}

export async function createGoal(
  client: FactoryClient,
  overrides: Partial<GoalRecord> & Pick<GoalRecord, 'userId' | 'teamId' | 'month'>,
): Promise<GoalRecord> {
  const goal = buildGoal(overrides);
  await client.monthlyGoal.create({ data: goal });
  return goal;
}
