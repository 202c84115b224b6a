import pg from 'pg';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { PrismaClient } from '@/generated/prisma/client';
import type { TransactionClient } from '@/server/db';

// The few statements an import's planning and bulk writes need, as plain SQL text with
// $n parameters, so the same code runs over Prisma (the app's thread, and the embedded
// PGlite database) and over a bare `pg` pool (the import's worker thread, which then
// never starts a Prisma client of its own: that alone costs about 190 MB).
// Lists are passed as one JSON parameter and expanded in SQL (jsonb_to_recordset,
// jsonb_array_elements_text), which both drivers take the same way.

export type SqlRow = Record<string, unknown>;

export type ImportSql = {
  query: <Row = SqlRow>(text: string, values?: readonly unknown[]) => Promise<Row[]>;
  /**
   * Rows per JSON argument. Over Prisma its debug log keeps the arguments of the last 100
   * calls, so large arguments would stay in memory long after they were written; `pg` keeps none.
   */
  rowsPerStatement: number;
  /** New deals per transaction: a board move may wait for a whole transaction (on the embedded database, in the same thread). */
  dealsPerTransaction: number;
  /** Runs `work` in one transaction (not nestable). */
  transaction: <T>(work: (sql: ImportSql) => Promise<T>) => Promise<T>;
};

/** `"column" = ANY(…)` of a JSON array parameter. */
export const anyOf = (parameter: string) => `ANY(ARRAY(SELECT jsonb_array_elements_text(${parameter}::jsonb)))`;

const transactionOptions = { maxWait: 10_000, timeout: 60_000 } as const;

export function sqlFromPrisma(client: PrismaClient, options: { dealsPerTransaction?: number } = {}): ImportSql {
  const dealsPerTransaction = options.dealsPerTransaction ?? 100;
  return {
    dealsPerTransaction,
    query: <Row,>(text: string, values: readonly unknown[] = []) => client.$queryRawUnsafe<Row[]>(text, ...values),
    rowsPerStatement: 100,
    transaction: (work) => client.$transaction((tx) => work(sqlInTransaction(tx, dealsPerTransaction)), transactionOptions),
  };
}

function sqlInTransaction(tx: TransactionClient, dealsPerTransaction: number): ImportSql {
  return {
    dealsPerTransaction,
    query: <Row,>(text: string, values: readonly unknown[] = []) => tx.$queryRawUnsafe<Row[]>(text, ...values),
    rowsPerStatement: 100,
    transaction: () => {
      throw new Error('Already in a transaction.');
    },
  };
}

/**
 * On the embedded database a board move waits for the import's whole transaction, in the
 * same thread: 50 deals a chunk. A chunk's rows are prepared before its transaction opens
 * (write-imported-deals.ts), so the transaction runs only SQL, about 15-25 ms of it at 50
 * deals; against 100 deals this halves a move's wait for little more time in all
 * (docs/benchmarks.md).
 */
const pgliteChunks = { dealsPerTransaction: 50, rowsPerStatement: 2_000 };

/**
 * Straight to the embedded database's own client, as the worker's `pg` pool on PostgreSQL:
 * Prisma's debug log would keep the last 100 calls' arguments, so over Prisma a chunk's
 * events must go in 100 rows a statement; here they go in one statement. (Measured: the
 * CPU an import spends is PGlite's own, with or without Prisma in between.) PGlite runs one
 * statement at a time: a transaction here holds the database as Prisma's transactions do.
 */
export function sqlFromPGlite(client: PGlite, options: { dealsPerTransaction: number; rowsPerStatement: number } = pgliteChunks): ImportSql {
  const over = (queryable: PGlite | Transaction, transaction: ImportSql['transaction']): ImportSql => ({
    ...options,
    query: async <Row,>(text: string, values: readonly unknown[] = []) => (await queryable.query<Row>(text, values as unknown[], { parsers: pgliteParsers })).rows,
    transaction,
  });
  return over(client, (work) =>
    client.transaction(async (tx) =>
      work(
        over(tx, () => {
          throw new Error('Already in a transaction.');
        }),
      ),
    ),
  );
}

// As Prisma reads them: a DATE is midnight UTC of that day, a BIGINT (count) a number.
const pgliteParsers = {
  1082: (value: string) => new Date(`${value}T00:00:00Z`),
  20: (value: string) => Number(value),
};
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === 1082) return (value: string) => new Date(`${value}T00:00:00Z`);
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

function clientSql(client: pg.PoolClient): ImportSql {
  return {
    dealsPerTransaction: 100,
    query: async <Row,>(text: string, values: readonly unknown[] = []) => (await client.query(text, values as unknown[])).rows as Row[],
    rowsPerStatement: 2_000,
    transaction: () => {
      throw new Error('Already in a transaction.');
    },
  };
}

/** A small pool of its own (the worker thread's), sessions in UTC like the app's. */
export function openSqlPool(url: string): ImportSql & { close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, options: '-c TimeZone=UTC', max: 2, connectionTimeoutMillis: 5_000, types: typeParsers });
  return {
    dealsPerTransaction: 100,
    query: async <Row,>(text: string, values: readonly unknown[] = []) => (await pool.query(text, values as unknown[])).rows as Row[],
    rowsPerStatement: 2_000,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(clientSql(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Gives the event loop back once `budgetMs` of work has run since it last did: `if (pauses.isDue()) await pauses.pause()`. */
export function createPauses(budgetMs = 8) {
  let last = performance.now();
  return {
    isDue: () => performance.now() - last >= budgetMs,
    pause: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      last = performance.now();
    },
  };
}
