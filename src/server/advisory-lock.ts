import pg from 'pg';
import { getDatabase } from './db';

// Work that must happen once across every instance sharing the database (a weekly
// snapshot, a queue worker's round) is elected through a PostgreSQL advisory lock.
//
// `withAdvisoryLock(name, work)` tries the session-level advisory lock named `name`
// without waiting, on a connection of its own, and only when it got it runs `work`; the
// lock is released when `work` ends (or when the process dies, since its connection
// then closes). Another instance asking meanwhile gets `{ acquired: false }` at once and
// should do nothing this round (its next timer tick tries again). Work that must not be
// done twice still re-checks, inside `work`, whether it was done already: the lock keeps
// two instances from doing it at the same moment, not one after the other. `work` uses
// the ordinary client (`prisma` from db.ts) for its reads and writes.
//
// Names are hashed by PostgreSQL (hashtextextended) into the lock's 64-bit key; pick one
// no other caller uses, such as 'weekly-forecast' or 'webhooks:deliver'. (The deal-event
// order lock in src/server/board/record-deal-change.ts and the seed's are plain numbers,
// transaction-scoped, outside this helper.) The embedded database (PGlite) serves one
// process only, so there the lock is a name held in memory.

export type AdvisoryLockResult<T> = { acquired: true; value: T } | { acquired: false };

const heldInProcess = new Set<string>();

export async function withAdvisoryLock<T>(name: string, work: () => Promise<T>): Promise<AdvisoryLockResult<T>> {
  const { target } = getDatabase();
  if (target.kind === 'pglite') {
    if (heldInProcess.has(name)) return { acquired: false };
    heldInProcess.add(name);
    try {
      return { acquired: true, value: await work() };
    } finally {
      heldInProcess.delete(name);
    }
  }
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [name]);
    if (!rows[0]?.locked) return { acquired: false };
    return { acquired: true, value: await work() };
  } finally {
    // Closing the session releases its advisory locks.
    await client.end().catch(() => {});
  }
}
