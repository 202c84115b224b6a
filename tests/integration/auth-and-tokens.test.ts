import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { PrismaClient } from '@/generated/prisma/client';
import { PrismaPg } from '@prisma/adapter-pg';
import { useTestDatabase, resetDatabase } from '../setup/test-database';
import { hashPassword } from '@/server/auth/password';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { checkHealth } from '@/server/use-cases/check-health';
import * as healthRoute from '@/app/api/health/route';
import * as meRoute from '@/app/api/me/route';
import * as tokensRoute from '@/app/api/tokens/route';
import * as tokenRoute from '@/app/api/tokens/[tokenId]/route';

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
const origin = 'http://localhost';

async function createPerson(email: string, options: { password?: string; active?: boolean } = {}) {
  const prisma = database().prisma;
  const office = await prisma.office.upsert({
    where: { name: 'Test office' },
    update: {},
    create: { name: 'Test office', timeZone: 'Europe/London', locale: 'en-GB', currency: 'GBP' },
  });
  const team = await prisma.team.upsert({
    where: { officeId_name: { officeId: office.id, name: 'Test team' } },
    update: {},
    create: { officeId: office.id, name: 'Test team', colour: '#2563eb' },
  });
  return prisma.user.create({
    data: {
      name: email.split('@')[0]!,
      email,
      role: 'REP',
      teamId: team.id,
      startDate: new Date('2026-01-05T00:00:00Z'),
      active: options.active ?? true,
      passwordHash: options.password ? await hashPassword(options.password) : null,
    },
  });
}

async function sessionCookie(user: { id: string; name: string; email: string; role: string }) {
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email, role: user.role as 'REP' }, secret });
  return `next-auth.session-token=${token}`;
}

function request(path: string, init: RequestInit & { cookie?: string; bearer?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  if (init.bearer) headers.set('authorization', `Bearer ${init.bearer}`);
  return new Request(`${origin}${path}`, { ...init, headers });
}

function tokenContext(tokenId: string) {
  return { params: Promise.resolve({ tokenId }) };
}

beforeEach(async () => {
  await resetDatabase(database().prisma);
});

describe('credentials', () => {
  it('accepts the right password, case-insensitively on the email', async () => {
    const person = await createPerson('dana@example.com', { password: 'correct horse' });
    const user = await verifyCredentials({ email: '  Dana@Example.com ', password: 'correct horse' });
    expect(user).toMatchObject({ id: person.id, role: 'REP', email: 'dana@example.com' });
  });

  it('refuses a wrong password, an unknown email, a deactivated user and one with no password yet', async () => {
    await createPerson('dana@example.com', { password: 'correct horse' });
    await createPerson('gone@example.com', { password: 'correct horse', active: false });
    await createPerson('invited@example.com');
    expect(await verifyCredentials({ email: 'dana@example.com', password: 'wrong' })).toBeNull();
    expect(await verifyCredentials({ email: 'nobody@example.com', password: 'correct horse' })).toBeNull();
    expect(await verifyCredentials({ email: 'gone@example.com', password: 'correct horse' })).toBeNull();
    expect(await verifyCredentials({ email: 'invited@example.com', password: '' })).toBeNull();
    expect(await verifyCredentials({ email: 'not an email', password: 'x' })).toBeNull();
  });
});

describe('personal API tokens', () => {
  it('is created by a signed-in user, shown once, stored hashed, and works as a Bearer token until revoked', async () => {
    const person = await createPerson('dana@example.com');
    const cookie = await sessionCookie(person);

    const created = await tokensRoute.POST(
      request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify({ name: 'Export script' }) }),
    );
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: { id: string; token: string; prefix: string } };
    expect(token.token).toMatch(/^cad_[A-Za-z0-9_-]{43}$/);
    expect(token.token.startsWith(token.prefix)).toBe(true);

    const stored = await database().prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).not.toContain(token.token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const listed = await tokensRoute.GET(request('/api/tokens', { cookie }));
    const listBody = JSON.stringify(await listed.json());
    expect(listBody).toContain('Export script');
    expect(listBody).not.toContain(token.token);
    expect(listBody).not.toContain(stored.tokenHash);

    const me = await meRoute.GET(request('/api/me', { bearer: token.token }));
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { id: string } }).user.id).toBe(person.id);
    const used = await database().prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(used.lastUsedAt).not.toBeNull();

    const revoked = await tokenRoute.DELETE(request(`/api/tokens/${token.id}`, { method: 'DELETE', cookie }), tokenContext(token.id));
    expect(revoked.status).toBe(200);
    const afterRevoke = await meRoute.GET(request('/api/me', { bearer: token.token }));
    expect(afterRevoke.status).toBe(401);
    expect(((await afterRevoke.json()) as { error: { message: string } }).error.message).toMatch(/revoked/);
  });

  it("cannot revoke someone else's token", async () => {
    const owner = await createPerson('owner@example.com');
    const other = await createPerson('other@example.com');
    const created = await tokensRoute.POST(
      request('/api/tokens', { method: 'POST', cookie: await sessionCookie(owner), body: JSON.stringify({ name: 'Mine' }) }),
    );
    const { token } = (await created.json()) as { token: { id: string; token: string } };
    const attempt = await tokenRoute.DELETE(
      request(`/api/tokens/${token.id}`, { method: 'DELETE', cookie: await sessionCookie(other) }),
      tokenContext(token.id),
    );
    expect(attempt.status).toBe(404);
    expect((await meRoute.GET(request('/api/me', { bearer: token.token }))).status).toBe(200);
  });

  it('answers bad input with a 4xx that says why', async () => {
    const person = await createPerson('dana@example.com');
    const cookie = await sessionCookie(person);

    const noName = await tokensRoute.POST(request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify({ name: '  ' }) }));
    expect(noName.status).toBe(400);
    expect(((await noName.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe('name');

    const notJson = await tokensRoute.POST(request('/api/tokens', { method: 'POST', cookie, body: '{name:' }));
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toMatch(/not valid JSON/);

    const anonymous = await tokensRoute.GET(request('/api/tokens'));
    expect(anonymous.status).toBe(401);

    const malformed = await meRoute.GET(request('/api/me', { headers: { authorization: 'Token abc' } }));
    expect(malformed.status).toBe(401);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toMatch(/Bearer/);

    const unknown = await meRoute.GET(request('/api/me', { bearer: 'cad_not-a-real-token' }));
    expect(unknown.status).toBe(401);

    expect(await database().prisma.apiToken.count()).toBe(0);
  });

  it('refuses the session of a user who has since been deactivated', async () => {
    const person = await createPerson('dana@example.com');
    const cookie = await sessionCookie(person);
    expect((await meRoute.GET(request('/api/me', { cookie }))).status).toBe(200);
    await database().prisma.user.update({ where: { id: person.id }, data: { active: false } });
    expect((await meRoute.GET(request('/api/me', { cookie }))).status).toBe(401);
  });

  it('refuses a session cookie signed with another secret', async () => {
    const person = await createPerson('dana@example.com');
    const forged = await encode({ token: { sub: person.id, role: 'ADMIN' }, secret: 'some-other-secret-that-is-also-long-enough' });
    expect((await meRoute.GET(request('/api/me', { cookie: `next-auth.session-token=${forged}` }))).status).toBe(401);
  });
});

describe('health check', () => {
  it('answers 200 with status ok when the database answers', async () => {
    const response = await healthRoute.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('reports the database as unreachable, with a reason, when it does not answer', async () => {
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:1/nothing', connectionTimeoutMillis: 2_000 }),
    });
    try {
      const report = await checkHealth({ prisma: unreachable });
      expect(report.status).toBe('unavailable');
      expect(report).toMatchObject({ db: 'unreachable' });
      expect('reason' in report && report.reason).toMatch(/database did not answer/);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
