import pg from 'pg';
import { describeLargeOrganisation, createLargeGoals, generateLargeDeals, type LargeDeal, type LargeOrganisationSize } from '@/domain/demo/large-organisation';
import { demoLoginEmails } from '@/domain/demo/generate-demo-data';
import { hashPassword } from './auth/password';
import { demoPassword, DemoSeedRefusedError, seedLockKey } from './demo-seed';
import { insertJsonRows } from './insert-json-rows';

// Writes the large organisation (src/domain/demo/large-organisation.ts) into a PostgreSQL
// database, replacing what is there, in one transaction. It talks to PostgreSQL through
// `pg` directly rather than Prisma: the deals go in 20,000 at a time as one
// `INSERT ... SELECT FROM unnest($1::text[], ...)` per batch (an array per column), and
// their history is written by PostgreSQL itself: each deal's steps go to a temporary
// table, and one INSERT a year turns them into DealEvents with full before/after cards
// built by jsonb_build_object, in time order so that sequence numbers grow with
// occurredAt.

export type LargeSeedCounts = { offices: number; teams: number; users: number; goals: number; deals: number; dealEvents: number };

const dealsPerBatch = 20_000;

type Column = { name: string; type: string };
const dealColumns: Column[] = [
  { name: 'id', type: 'text' },
  { name: 'account', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'amountMinor', type: 'integer' },
  { name: 'currency', type: 'text' },
  { name: 'stage', type: '"DealStage"' },
  { name: 'outcome', type: '"DealOutcome"' },
  { name: 'closedAmountMinor', type: 'integer' },
  { name: 'closedAt', type: 'timestamptz' },
  { name: 'expectedCloseDate', type: 'date' },
  { name: 'ownerId', type: 'text' },
  { name: 'teamId', type: 'text' },
  { name: 'position', type: 'double precision' },
  { name: 'noteworthy', type: 'boolean' },
  { name: 'version', type: 'integer' },
  { name: 'stageChangedAt', type: 'timestamptz' },
  { name: 'createdAt', type: 'timestamptz' },
  { name: 'updatedAt', type: 'timestamptz' },
];

function unnestInsert(table: string, columns: Column[]): string {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  return `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
}

const iso = (expression: string) => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The card as it was at one step (the same fields the app's DealEvent snapshots carry). */
function cardAt(stage: string, at: string, version: string): string {
  const isClosed = `${stage} = 'COMPLETED'`;
  return `jsonb_build_object(
    'id', d.id, 'account', d.account, 'title', d.title, 'amountMinor', d."amountMinor", 'currency', d.currency,
    'stage', ${stage}, 'outcome', CASE WHEN ${isClosed} THEN d.outcome END,
    'closedAmountMinor', CASE WHEN ${isClosed} THEN d."closedAmountMinor" END,
    'closedAt', CASE WHEN ${isClosed} THEN ${iso(at)} END,
    'expectedCloseDate', to_char(d."expectedCloseDate", 'YYYY-MM-DD'),
    'ownerId', d."ownerId", 'teamId', d."teamId", 'position', 0, 'noteworthy', d.noteworthy, 'notes', '',
    'version', ${version}, 'stageChangedAt', ${iso(at)}, 'createdAt', ${iso('d."createdAt"')}, 'updatedAt', ${iso(at)},
    'deletedAt', NULL)`;
}

function insertJson(client: pg.ClientBase, table: string, rows: object[]): Promise<void> {
  return insertJsonRows(table, rows, (sql, json) => client.query(sql, [json]));
}

async function assertReplaceable(client: pg.ClientBase): Promise<void> {
  const real = await client.query<{ name: string }>('SELECT name FROM "Organization" WHERE NOT "isDemo" LIMIT 1');
  if (real.rows[0]) {
    throw new DemoSeedRefusedError(
      `the database holds the organisation "${real.rows[0].name}", which is not the demo; run with --force to replace it`,
    );
  }
  const demo = await client.query<{ count: string }>('SELECT count(*) FROM "Organization" WHERE "isDemo"');
  const users = await client.query<{ count: string }>('SELECT count(*) FROM "User"');
  if (Number(demo.rows[0]?.count) === 0 && Number(users.rows[0]?.count) > 0) {
    throw new DemoSeedRefusedError(`the database holds ${users.rows[0]?.count} user(s) and no demo organisation; run with --force to replace them`);
  }
}

async function flushDeals(client: pg.ClientBase, deals: LargeDeal[]): Promise<void> {
  if (deals.length === 0) return;
  const columns: unknown[][] = dealColumns.map(() => []);
  const step = { dealId: [] as string[], index: [] as number[], stage: [] as string[], previous: [] as (string | null)[], at: [] as Date[], previousAt: [] as (Date | null)[] };
  for (const deal of deals) {
    const last = deal.steps[deal.steps.length - 1]!;
    const values = [
      deal.id, deal.account, deal.title, deal.amountMinor, deal.currency, deal.stage, deal.outcome, deal.closedAmountMinor, deal.closedAt,
      deal.expectedCloseDate ? deal.expectedCloseDate.toISOString().slice(0, 10) : null,
      deal.ownerId, deal.teamId, deal.position, deal.noteworthy, deal.steps.length, last.at, deal.createdAt, last.at,
    ];
    values.forEach((value, index) => columns[index]!.push(value));
    deal.steps.forEach((entry, index) => {
      step.dealId.push(deal.id);
      step.index.push(index);
      step.stage.push(entry.stage);
      step.previous.push(index > 0 ? deal.steps[index - 1]!.stage : null);
      step.at.push(entry.at);
      step.previousAt.push(index > 0 ? deal.steps[index - 1]!.at : null);
    });
  }
  await client.query(unnestInsert('Deal', dealColumns), columns);
  await client.query(
    `INSERT INTO large_seed_step (deal_id, step, stage, previous_stage, occurred_at, previous_at)
     SELECT * FROM unnest($1::text[], $2::int[], $3::"DealStage"[], $4::"DealStage"[], $5::timestamptz[], $6::timestamptz[])`,
    [step.dealId, step.index, step.stage, step.previous, step.at, step.previousAt],
  );
}

/** Replaces the database's contents with the large organisation; refuses a real one unless forced. */
export async function seedLargeOrganisation(options: {
  databaseUrl: string;
  size: LargeOrganisationSize;
  today?: Date;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<LargeSeedCounts> {
  const today = options.today ?? new Date();
  const log = options.log ?? (() => {});
  const setting = describeLargeOrganisation({ today, size: options.size });
  const goals = createLargeGoals(setting);
  const passwordHash = await hashPassword(demoPassword);
  const logins = new Set(demoLoginEmails);
  const client = new pg.Client({ connectionString: options.databaseUrl, options: '-c TimeZone=UTC' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [seedLockKey]);
    if (!options.force) await assertReplaceable(client);
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
    );
    await client.query(`TRUNCATE TABLE ${tables.rows.map((table) => `"${table.name}"`).join(', ')} RESTART IDENTITY CASCADE`);
    // Work memory for the yearly sorts of the history below, for this transaction only.
    await client.query(`SET LOCAL work_mem = '64MB'`);

    await insertJson(client, 'Organization', [setting.organization]);
    await insertJson(client, 'Office', setting.offices.map((office) => office.record));
    await insertJson(client, 'Holiday', setting.holidays);
    await insertJson(client, 'Team', setting.teams.map((team) => ({ ...team, leadId: null, managerId: null })));
    await insertJson(client, 'User', setting.users.map((user) => ({ ...user, passwordHash: logins.has(user.email) ? passwordHash : null })));
    await client.query(
      `UPDATE "Team" t SET "leadId" = s."leadId", "managerId" = s."managerId"
       FROM json_populate_recordset(NULL::"Team", $1::json) s WHERE s.id = t.id`,
      [JSON.stringify(setting.teams.map((team) => ({ id: team.id, leadId: team.leadId, managerId: team.managerId })))],
    );
    await insertJson(client, 'ExchangeRate', setting.exchangeRates);
    await insertJson(client, 'MonthlyGoal', goals);
    log(`${setting.offices.length} offices, ${setting.teams.length} teams, ${setting.users.length} people, ${goals.length} goals`);

    await client.query(`CREATE TEMPORARY TABLE large_seed_step (
      deal_id text NOT NULL, step int NOT NULL, stage "DealStage" NOT NULL, previous_stage "DealStage",
      occurred_at timestamptz NOT NULL, previous_at timestamptz) ON COMMIT DROP`);
    let batch: LargeDeal[] = [];
    let pending: Promise<void> = Promise.resolve();
    let deals = 0;
    for (const deal of generateLargeDeals(setting, { today, size: options.size })) {
      batch.push(deal);
      deals += 1;
      if (batch.length < dealsPerBatch) continue;
      // The batch before is written while this one was made; wait for it, then send this one.
      await pending;
      pending = flushDeals(client, batch);
      batch = [];
      if (deals % 100_000 === 0) log(`${deals.toLocaleString('en-US')} deals`);
    }
    await pending;
    await flushDeals(client, batch);
    log(`${deals.toLocaleString('en-US')} deals written; writing their history`);

    await client.query('CREATE INDEX ON large_seed_step (occurred_at)');
    const span = await client.query<{ first: Date; last: Date }>('SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM large_seed_step');
    const first = span.rows[0]!.first.getUTCFullYear();
    const last = span.rows[0]!.last.getUTCFullYear();
    let dealEvents = 0;
    for (let year = first; year <= last; year += 1) {
      const result = await client.query(
        `INSERT INTO "DealEvent" ("dealId", "teamId", "actorId", type, before, after, "occurredAt")
         SELECT s.deal_id, d."teamId", d."ownerId",
           (CASE WHEN s.step = 0 THEN 'CREATED' WHEN s.stage = 'COMPLETED' THEN 'CLOSED' ELSE 'MOVED' END)::"DealEventType",
           CASE WHEN s.step = 0 THEN NULL ELSE ${cardAt('s.previous_stage', 's.previous_at', 's.step')} END,
           ${cardAt('s.stage', 's.occurred_at', 's.step + 1')},
           s.occurred_at
         FROM large_seed_step s JOIN "Deal" d ON d.id = s.deal_id
         WHERE s.occurred_at >= $1 AND s.occurred_at < $2
         ORDER BY s.occurred_at, s.deal_id, s.step`,
        [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))],
      );
      dealEvents += result.rowCount ?? 0;
      log(`${year}: ${(result.rowCount ?? 0).toLocaleString('en-US')} deal events`);
    }
    await client.query('COMMIT');
    // Fresh statistics, so the first queries plan with the real sizes.
    await client.query('ANALYZE');
    return { offices: setting.offices.length, teams: setting.teams.length, users: setting.users.length, goals: goals.length, deals, dealEvents };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
