import { createDemoHiringPlan } from '@/domain/demo/demo-hiring-plan';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { demoLoginEmails, generateDemoData, type DemoData } from '@/domain/demo/generate-demo-data';
import type { DealSnapshot } from '@/domain/demo/record-builders';
import { generateSprintHistory } from '@/domain/demo/generate-sprint-history';
import { hashPassword } from './auth/password';
import type { TransactionClient } from './db';
import { insertJsonRows } from './insert-json-rows';

// Loads the demo organisation into the database, replacing whatever is there. It
// refuses to overwrite a real organisation unless forced. Everything happens in one
// transaction, so a failed seed leaves the database as it was.

export const demoPassword = 'cadence-demo';

export type SeedDemoDataOptions = {
  /** The day the demo history leads up to; now by default. */
  today?: Date;
  /** Replace the data even when it is not a demo organisation. */
  force?: boolean;
};

export type DemoSeedCounts = {
  offices: number;
  teams: number;
  users: number;
  deals: number;
  dealEvents: number;
  goals: number;
};

/** Serialises seeds (and first-run checks) across processes sharing one database. */
export const seedLockKey = 7_242_001;

export class DemoSeedRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoSeedRefusedError';
  }
}

export async function seedDemoData(
  prisma: PrismaClient,
  options: SeedDemoDataOptions = {},
): Promise<DemoSeedCounts> {
  const counts = await seedInTransaction(prisma, { ...options, onlyIfEmpty: false });
  if (!counts) throw new Error('The demo seed did not run');
  return counts;
}

/** Seeds the demo when the database holds no organisation and no user; true if it did. */
export async function seedDemoIfEmpty(prisma: PrismaClient, options: { today?: Date } = {}): Promise<boolean> {
  if ((await prisma.organization.count()) > 0 || (await prisma.user.count()) > 0) return false;
  return (await seedInTransaction(prisma, { ...options, onlyIfEmpty: true })) !== null;
}

async function seedInTransaction(
  prisma: PrismaClient,
  options: SeedDemoDataOptions & { onlyIfEmpty: boolean },
): Promise<DemoSeedCounts | null> {
  const today = options.today ?? new Date();
  const data = generateDemoData({ today });
  // One hash shared by the four logins: scrypt is slow on purpose.
  const passwordHash = await hashPassword(demoPassword);
  return prisma.$transaction(
    async (transaction) => {
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(${seedLockKey})`;
      if (options.onlyIfEmpty) {
        const isEmpty = (await transaction.organization.count()) === 0 && (await transaction.user.count()) === 0;
        if (!isEmpty) return null;
      } else if (!options.force) {
        await assertOnlyDemoData(transaction);
      }
      await deleteEverything(transaction);
      await insertDemoData(transaction, data, passwordHash, today);
      return {
        offices: data.offices.length,
        teams: data.teams.length,
        users: data.users.length,
        deals: data.deals.length,
        dealEvents: data.dealEvents.length,
        goals: data.goals.length,
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

async function assertOnlyDemoData(transaction: TransactionClient): Promise<void> {
  const realOrganization = await transaction.organization.findFirst({
    where: { isDemo: false },
    select: { name: true },
  });
  if (realOrganization) {
    throw new DemoSeedRefusedError(
      `the database holds the organisation "${realOrganization.name}", which is not the demo; ` +
        'run with --force to replace it with demo data',
    );
  }
  const demoOrganizations = await transaction.organization.count({ where: { isDemo: true } });
  const users = await transaction.user.count();
  if (demoOrganizations === 0 && users > 0) {
    throw new DemoSeedRefusedError(
      `the database holds ${users} user(s) and no demo organisation; run with --force to replace them with demo data`,
    );
  }
}

/** Empties every table except Prisma's migration history and restarts the sequences. */
async function deleteEverything(transaction: TransactionClient): Promise<void> {
  const tables = await transaction.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((table) => `"${table.name.replaceAll('"', '""')}"`).join(', ');
  await transaction.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
}

/**
 * What each table accepts, as Prisma types, so that the compiler checks the demo
 * records against the schema. Deal event snapshots stay plain objects or null.
 */
type TableRows = {
  Organization: Prisma.OrganizationCreateManyInput;
  Office: Prisma.OfficeCreateManyInput;
  Holiday: Prisma.HolidayCreateManyInput;
  Team: Prisma.TeamCreateManyInput;
  User: Prisma.UserCreateManyInput;
  ExchangeRate: Prisma.ExchangeRateCreateManyInput;
  MonthlyGoal: Prisma.MonthlyGoalCreateManyInput;
  Deal: Prisma.DealCreateManyInput;
  DealEvent: Omit<Prisma.DealEventCreateManyInput, 'before' | 'after'> & {
    before: DealSnapshot | null;
    after: DealSnapshot | null;
  };
  Sprint: Prisma.SprintCreateManyInput;
  Forecast: Prisma.ForecastCreateManyInput;
  Commitment: Prisma.CommitmentCreateManyInput;
  RetroNote: Prisma.RetroNoteCreateManyInput & { tags: string[] };
  ActionItem: Prisma.ActionItemCreateManyInput;
  PlannedHire: Prisma.PlannedHireCreateManyInput;
};

/** Bulk insert of one table's rows, typed by the table (insertJsonRows). */
async function insertRows<Table extends keyof TableRows>(
  transaction: TransactionClient,
  table: Table,
  rows: TableRows[Table][],
): Promise<void> {
  await insertJsonRows(table, rows, (sql, json) => transaction.$executeRawUnsafe(sql, json));
}

async function insertDemoData(transaction: TransactionClient, data: DemoData, passwordHash: string, today: Date): Promise<void> {
  const logins = new Set(demoLoginEmails);
  await insertRows(transaction, 'Organization', [data.organization]);
  await insertRows(transaction, 'Office', data.offices);
  await insertRows(transaction, 'Holiday', data.holidays);
  // Teams and users point at each other: teams go in first without lead and manager.
  await insertRows(
    transaction,
    'Team',
    data.teams.map((team) => ({ ...team, leadId: null, managerId: null })),
  );
  await insertRows(
    transaction,
    'User',
    data.users.map((user) => ({ ...user, passwordHash: logins.has(user.email) ? passwordHash : null })),
  );
  for (const team of data.teams) {
    await transaction.team.update({
      where: { id: team.id },
      data: { leadId: team.leadId, managerId: team.managerId, updatedAt: team.updatedAt },
    });
  }
  await insertRows(transaction, 'ExchangeRate', data.exchangeRates);
  await insertRows(transaction, 'MonthlyGoal', data.goals);
  await insertRows(transaction, 'Deal', data.deals);
  // In time order, so that sequence numbers grow with occurredAt.
  await insertRows(transaction, 'DealEvent', data.dealEvents);
  const sprints = generateSprintHistory(data, today);
  await insertRows(transaction, 'Sprint', sprints.sprints);
  await insertRows(transaction, 'Forecast', sprints.forecasts);
  await insertRows(transaction, 'PlannedHire', createDemoHiringPlan(data, today));
  await insertRows(transaction, 'Commitment', sprints.commitments);
  await insertRows(transaction, 'RetroNote', sprints.retroNotes);
  await insertRows(transaction, 'ActionItem', sprints.actionItems);
}
