import os from 'node:os';
import path from 'node:path';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { prisma, type Database } from '@/server/db';
import {
  MigrationError,
  applyMigrations,
  diffMigrationsToSchema,
  migrationsDirectory,
  openSchemaEngine,
  readMigrationList,
  schemaPath,
} from '@/server/migrations';
import {
  openUnmigratedTestDatabase,
  resetDatabase,
  resolveTestDatabaseKind,
  useTestDatabase,
} from '../setup/test-database';

const kind = resolveTestDatabaseKind();

async function listTables(database: Database): Promise<string[]> {
  const rows = await database.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
    ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

async function listMigrationDirectories(): Promise<string[]> {
  return (await readMigrationList()).migrationDirectories.map((directory) => directory.path);
}

async function tableExists(database: Database, table: string): Promise<boolean> {
  const rows = await database.prisma.$queryRaw<{ found: boolean }[]>`
    SELECT to_regclass(${`"${table}"`}) IS NOT NULL AS found`;
  return rows[0]?.found ?? false;
}

describe(`a migrated test database (${kind})`, () => {
  const testDatabase = useTestDatabase();

  it('has every table of the schema and a finished _prisma_migrations row per migration', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]);
    expect(models).toEqual(
      expect.arrayContaining([
        'Organization',
        'Office',
        'Holiday',
        'Team',
        'User',
        'Deal',
        'DealEvent',
        'MonthlyGoal',
        'ExchangeRate',
        'ApiToken',
      ]),
    );
    expect(await listTables(testDatabase())).toEqual([...models, '_prisma_migrations'].sort());

    const applied = await prisma.$queryRaw<
      { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]
    >`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(applied.map((row) => row.migration_name)).toEqual(await listMigrationDirectories());
    for (const row of applied) {
      expect(row.finished_at, row.migration_name).toBeInstanceOf(Date);
      expect(row.rolled_back_at, row.migration_name).toBeNull();
    }
  });

  it('starts empty', async () => {
    expect(await prisma.organization.count()).toBe(0);
    expect(await prisma.deal.count()).toBe(0);
  });

  it('applies nothing when migrated a second time', async () => {
    expect(await applyMigrations(testDatabase().adapterFactory)).toEqual([]);
    const rows = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM _prisma_migrations`;
    expect(Number(rows[0]?.count)).toBe((await listMigrationDirectories()).length);
  });

  it('stores and reads back an office, team, user, deal and its events', async () => {
    const closedAt = new Date('2026-03-14T15:09:26.535Z');
    const startDate = new Date('2026-01-05T00:00:00.000Z');
    const office = await prisma.office.create({
      data: { name: 'Lisbon', timeZone: 'Europe/Lisbon', locale: 'pt-PT', currency: 'EUR' },
    });
    const team = await prisma.team.create({ data: { officeId: office.id, name: 'Iberia', colour: '#2563eb' } });
    const user = await prisma.user.create({
      data: { name: 'Inês Costa', email: 'ines@example.com', teamId: team.id, startDate },
    });
    const deal = await prisma.deal.create({
      data: {
        account: 'Tejo Logística',
        title: 'Fleet renewal',
        amountMinor: 1_250_000,
        currency: 'EUR',
        stage: 'COMPLETED',
        outcome: 'WON',
        closedAmountMinor: 1_200_000,
        closedAt,
        expectedCloseDate: new Date('2026-03-31T00:00:00.000Z'),
        ownerId: user.id,
        teamId: team.id,
      },
    });
    const created = await prisma.dealEvent.create({
      data: { dealId: deal.id, teamId: team.id, actorId: user.id, type: 'CREATED', after: { stage: 'BACKLOG' } },
    });
    const closed = await prisma.dealEvent.create({
      data: {
        dealId: deal.id,
        teamId: team.id,
        actorId: user.id,
        type: 'CLOSED',
        before: { stage: 'IN_PROGRESS' },
        after: { stage: 'COMPLETED', outcome: 'WON' },
        occurredAt: closedAt,
      },
    });
    expect(closed.sequence).toBe(created.sequence + 1);

    const stored = await prisma.deal.findUniqueOrThrow({
      where: { id: deal.id },
      include: { owner: { include: { team: { include: { office: true } } } }, events: { orderBy: { sequence: 'asc' } } },
    });
    expect(stored.closedAt).toEqual(closedAt);
    expect(stored.expectedCloseDate).toEqual(new Date('2026-03-31T00:00:00.000Z'));
    expect(stored.amountMinor).toBe(1_250_000);
    expect(stored.owner.startDate).toEqual(startDate);
    expect(stored.owner.team?.office.name).toBe('Lisbon');
    expect(stored.owner.team?.office.businessDayStart).toBe(540);
    expect(stored.events.map((event) => event.type)).toEqual(['CREATED', 'CLOSED']);
    expect(stored.events[1]?.occurredAt).toEqual(closedAt);
    expect(stored.events[1]?.after).toEqual({ stage: 'COMPLETED', outcome: 'WON' });
  });

  it('is emptied by resetDatabase, which also restarts the event sequence', async () => {
    await resetDatabase(testDatabase().prisma);
    expect(await prisma.deal.count()).toBe(0);
    expect(await prisma.office.count()).toBe(0);
    expect(await listTables(testDatabase())).toContain('_prisma_migrations');
    const rows = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM _prisma_migrations`;
    expect(Number(rows[0]?.count)).toBe((await listMigrationDirectories()).length);

    const office = await prisma.office.create({
      data: { name: 'Leeds', timeZone: 'Europe/London', locale: 'en-GB', currency: 'GBP' },
    });
    const team = await prisma.team.create({ data: { officeId: office.id, name: 'North', colour: '#16a34a' } });
    const user = await prisma.user.create({
      data: { name: 'Sam Okafor', email: 'sam@example.com', startDate: new Date('2026-02-02T00:00:00.000Z') },
    });
    const deal = await prisma.deal.create({
      data: { account: 'Aire Mills', title: 'Pilot', amountMinor: 50_000, currency: 'GBP', ownerId: user.id, teamId: team.id },
    });
    const event = await prisma.dealEvent.create({ data: { dealId: deal.id, teamId: team.id, type: 'CREATED' } });
    expect(event.sequence).toBe(1);
  });
});

describe('schema.prisma and prisma/migrations', () => {
  // The diff needs only a shadow database to replay the migrations into, so it runs
  // against a throwaway embedded one, as `db:migration:new` does.
  let embedded: PGlite;
  let adapterFactory: PrismaPGlite;
  beforeAll(() => {
    embedded = new PGlite('memory://');
    adapterFactory = new PrismaPGlite(embedded);
  });
  afterAll(async () => {
    await embedded.close();
  });

  it('agree (run `npm run db:migration:new -- <name>` after changing the schema)', async () => {
    expect(await diffMigrationsToSchema(adapterFactory)).toBe('');
  }, 120_000); // the WebAssembly schema engine replays every migration: seconds when quiet, far more on two busy cores

  it('would disagree if the schema gained a model with no migration', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    const diffAgainst = async (schemaText: string) => {
      const engine = await openSchemaEngine(adapterFactory);
      try {
        const result = await engine.diff({
          from: { tag: 'migrations', ...(await readMigrationList()) },
          to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schemaText }] },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        });
        return result.stdout ?? '';
      } finally {
        engine.free();
      }
    };
    const changed = `${schema}\nmodel DriftProbe {\n  id Int @id\n}\n`;
    expect(await diffAgainst(changed)).toContain('CREATE TABLE "DriftProbe"');
    expect(await diffAgainst(schema)).not.toContain('DriftProbe');
  }, 120_000);
});

describe(`a migration that fails (${kind})`, () => {
  const failingName = '20991231000000_create_then_fail';
  let directory: string;
  let database: Database;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cadence-migrations-'));
    await cp(migrationsDirectory, directory, { recursive: true });
    await mkdir(path.join(directory, failingName));
    await writeFile(
      path.join(directory, failingName, 'migration.sql'),
      'CREATE TABLE "ShouldNotExist" (id integer);\nSELECT 1 / 0;\n',
    );
    database = await openUnmigratedTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('is reported by name and leaves no partial change behind', async () => {
    const failure = await applyMigrations(database.adapterFactory, directory).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toContain(failingName);
    expect(await tableExists(database, 'ShouldNotExist')).toBe(false);
    // The migrations before it were applied and kept.
    expect(await tableExists(database, 'Deal')).toBe(true);
  });

  it('does not block the next run once it is removed', async () => {
    await rm(path.join(directory, failingName), { recursive: true });
    expect(await applyMigrations(database.adapterFactory, directory)).toEqual([]);
  });

  it('is applied on the next run once it is corrected', async () => {
    await mkdir(path.join(directory, failingName));
    await writeFile(path.join(directory, failingName, 'migration.sql'), 'CREATE TABLE "ShouldNotExist" (id integer);\n');
    expect(await applyMigrations(database.adapterFactory, directory)).toEqual([failingName]);
    expect(await tableExists(database, 'ShouldNotExist')).toBe(true);
  });
});
