import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { hashPassword } from '@/server/auth/password';
import { authOptions } from '@/server/auth/options';
import * as meRoute from '@/app/api/me/route';
import * as sessionsRoute from '@/app/api/me/sessions/route';
import * as myPasswordRoute from '@/app/api/me/password/route';
import * as passwordResetRoute from '@/app/api/admin/people/[userId]/password-reset/route';

// Issue #16 item 4: a session cookie names the session generation it was issued in;
// signing out, a password change, an admin's reset and "sign out everywhere" raise the
// generation, so every older cookie stops working at once (they were valid 30 days).

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function cookieOf(user: UserRecord) {
  const { sessionGeneration } = await database().prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  return `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role, generation: sessionGeneration }, secret })}`;
}

async function call(cookie: string, handler: unknown, options: { method?: string; params?: Record<string, string>; body?: unknown } = {}) {
  const request = new Request('http://localhost/api/test', {
    method: options.method ?? 'GET',
    headers: { cookie, 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(options.params ?? {}) });
  return response.status;
}

let rep: UserRecord;
let admin: UserRecord;

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  const office = await createOffice(prisma, { name: 'London', timeZone: 'Europe/London' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'London SMB' });
  rep = await createUser(prisma, { role: 'REP', teamId: team.id, passwordHash: await hashPassword('the old password') });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null });
});

describe('ending sessions', () => {
  it('"sign out everywhere" ends every session of the user, and only theirs', async () => {
    const laptop = await cookieOf(rep);
    const phone = await cookieOf(rep);
    const adminCookie = await cookieOf(admin);
    expect(await call(phone, meRoute.GET)).toBe(200);
    expect(await call(laptop, sessionsRoute.DELETE, { method: 'DELETE' })).toBe(200);
    expect(await call(laptop, meRoute.GET)).toBe(401);
    expect(await call(phone, meRoute.GET)).toBe(401);
    expect(await call(adminCookie, meRoute.GET)).toBe(200);
    expect(await call(await cookieOf(rep), meRoute.GET)).toBe(200);
    expect(await database().prisma.auditEntry.count({ where: { action: 'user.end-sessions', objectId: rep.id } })).toBe(1);
  });

  it('a password change ends the old sessions', async () => {
    const old = await cookieOf(rep);
    expect(await call(old, myPasswordRoute.POST, { method: 'POST', body: { currentPassword: 'the old password', newPassword: 'a brand new password' } })).toBe(200);
    expect(await call(old, meRoute.GET)).toBe(401);
  });

  it("an admin's password reset ends the person's sessions at once", async () => {
    const old = await cookieOf(rep);
    expect(await call(await cookieOf(admin), passwordResetRoute.POST, { method: 'POST', params: { userId: rep.id } })).toBe(201);
    expect(await call(old, meRoute.GET)).toBe(401);
  });

  it('signing out ends the session everywhere it was copied', async () => {
    const old = await cookieOf(rep);
    await authOptions.events!.signOut!({ token: { sub: rep.id, role: 'REP' }, session: undefined as never });
    expect(await call(old, meRoute.GET)).toBe(401);
  });

  it('still accepts a cookie issued before generations were kept, until the first ending', async () => {
    const legacy = `next-auth.session-token=${await encode({ token: { sub: rep.id, role: rep.role }, secret })}`;
    expect(await call(legacy, meRoute.GET)).toBe(200);
  });
});
