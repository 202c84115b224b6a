import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createDeal, createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as dealsRoute from '@/app/api/deals/route';
import * as dealRoute from '@/app/api/deals/[dealId]/route';
import * as moveRoute from '@/app/api/deals/[dealId]/move/route';
import * as closeRoute from '@/app/api/deals/[dealId]/close/route';

// Issue #16 item 7: an idempotency key stands for one request. Reusing it for another
// deal, another body or another endpoint is refused with 422 and changes nothing; the
// same request sent again is answered with the first result.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(user: UserRecord, handler: unknown, options: { method?: string; params?: Record<string, string>; body: unknown }) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const request = new Request('http://localhost/api/test', {
    method: options.method ?? 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, replayed: response.headers.get('idempotent-replay') === 'true', body: (await response.json()) as Record<string, any> };
}

let rep: UserRecord;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  const office = await createOffice(prisma, { name: 'London', timeZone: 'Europe/London' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'London SMB' });
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, name: 'Rae Rep' });
});

const dealOf = () => createDeal(database().prisma, { ownerId: rep.id, teamId: rep.teamId!, stage: 'TODO', position: 1024 });
const reused = /idempotency key reused for a different request/;

describe('an idempotency key tied to its request', () => {
  it('replays the same move, and refuses the key for another deal, body or endpoint', async () => {
    const [first, second] = [await dealOf(), await dealOf()];
    const idempotencyKey = 'key-0000001';
    const move = { version: first.version, stage: 'IN_PROGRESS', idempotencyKey };
    const done = await call(rep, moveRoute.POST, { params: { dealId: first.id }, body: move });
    expect(done.status).toBe(200);

    const again = await call(rep, moveRoute.POST, { params: { dealId: first.id }, body: { idempotencyKey, stage: 'IN_PROGRESS', version: first.version } });
    expect(again.status).toBe(200);
    expect(again.replayed).toBe(true);
    expect(again.body.change.sequence).toBe(done.body.change.sequence);

    const otherDeal = await call(rep, moveRoute.POST, { params: { dealId: second.id }, body: { ...move, version: second.version } });
    expect(otherDeal.status).toBe(422);
    expect(otherDeal.body.error.message).toMatch(reused);

    const otherBody = await call(rep, moveRoute.POST, { params: { dealId: first.id }, body: { ...move, stage: 'BACKLOG' } });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.error.message).toMatch(reused);

    const otherEndpoint = await call(rep, closeRoute.POST, { params: { dealId: first.id }, body: { version: first.version, outcome: 'WON', idempotencyKey } });
    expect(otherEndpoint.status).toBe(422);
    const edit = await call(rep, dealRoute.PATCH, { method: 'PATCH', params: { dealId: first.id }, body: { version: first.version, title: 'Other', idempotencyKey } });
    expect(edit.status).toBe(422);

    const prisma = database().prisma;
    expect((await prisma.deal.findUniqueOrThrow({ where: { id: second.id } })).stage).toBe('TODO');
    expect((await prisma.deal.findUniqueOrThrow({ where: { id: first.id } })).stage).toBe('IN_PROGRESS');
    expect(await prisma.dealEvent.count()).toBe(1);
  });

  it('refuses a create key reused with another body, and one sent as a header for a move', async () => {
    const idempotencyKey = 'key-create-1';
    const body = { account: 'Acme', title: 'Renewal', amountMinor: 100, idempotencyKey };
    expect((await call(rep, dealsRoute.POST, { body })).status).toBe(201);
    const replay = await call(rep, dealsRoute.POST, { body });
    expect(replay.replayed).toBe(true);
    const changed = await call(rep, dealsRoute.POST, { body: { ...body, amountMinor: 200 } });
    expect(changed.status).toBe(422);
    expect(changed.body.error.message).toMatch(reused);
    expect(await database().prisma.deal.count()).toBe(1);
  });
});
