import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { getDatabase, openDatabase, installDatabase, type Database } from '@/server/db';
import { useTestDatabase } from '../setup/test-database';
import * as meRoute from '@/app/api/me/route';
import * as dealsRoute from '@/app/api/deals/route';
import * as wallRoute from '@/app/api/wall/route';

// A database outage is a 503 with a reason and Retry-After on every API route, never a
// 500: the same request may be sent again (with the same idempotency key) once
// PostgreSQL is back. The process-wide database is swapped for one on a port where
// nothing listens, which is what a stopped or restarting server looks like.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
let unreachable: Database;

beforeAll(() => {
  unreachable = openDatabase({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:1/nothing' });
});

afterAll(async () => {
  await unreachable.close();
});

async function whileDatabaseIsDown<T>(run: () => Promise<T>): Promise<T> {
  const live = getDatabase();
  installDatabase(unreachable);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    return await run();
  } finally {
    warn.mockRestore();
    installDatabase(live);
  }
}

async function cookie() {
  const token = await encode({ token: { sub: 'someone', name: 'Someone', email: 'someone@example.com', role: 'REP' }, secret });
  return `next-auth.session-token=${token}`;
}

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('UNAVAILABLE');
  expect(body.error.message).toMatch(/can't reach its database/);
}

describe('a database outage', () => {
  it('answers reads and writes with 503, a reason and Retry-After', async () => {
    expect(database().prisma).toBeDefined();
    const headers = { cookie: await cookie(), 'content-type': 'application/json' };
    await whileDatabaseIsDown(async () => {
      await expectUnavailable(await meRoute.GET(new Request('http://localhost/api/me', { headers })));
      await expectUnavailable(await wallRoute.GET(new Request('http://localhost/api/wall', { headers })));
      const create = new Request('http://localhost/api/deals', {
        method: 'POST',
        headers,
        body: JSON.stringify({ account: 'Acme', title: 'Renewal', amountMinor: 100_00, idempotencyKey: 'outage-key-1' }),
      });
      await expectUnavailable(await dealsRoute.POST(create));
    });
  });

  it('answers normally again once the database is back', async () => {
    const response = await meRoute.GET(new Request('http://localhost/api/me', { headers: { cookie: await cookie() } }));
    expect(response.status).toBe(401);
  });
});
