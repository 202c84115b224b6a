import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { createOffice, createTeam, createUser, type UserRecord } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import * as framingRoute from '@/app/api/admin/tv-framing/route';
import { loadTvFrameAncestors } from '@/server/wall/tv-frame-ancestors';

// Which signage players may frame the TV pages: an organisation setting, admins only,
// audited, and what the custom server writes into the TV pages' frame-ancestors.

const secret = vi.hoisted(() => {
  const value = 'integration-test-secret-of-at-least-32-characters';
  process.env.NEXTAUTH_SECRET = value;
  return value;
});

const database = useTestDatabase();
let admin: UserRecord;
let lead: UserRecord;

async function call(user: UserRecord, method: 'GET' | 'PUT', body?: unknown) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: user.role }, secret })}`;
  const request = new Request('http://localhost/api/admin/tv-framing', {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await framingRoute[method](request);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  await prisma.organization.create({ data: { name: 'Acme', reportingCurrency: 'USD' } });
  const office = await createOffice(prisma, { name: 'New York', timeZone: 'America/New_York', currency: 'USD' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'Alpha' });
  admin = await createUser(prisma, { role: 'ADMIN', teamId: null });
  lead = await createUser(prisma, { role: 'LEAD', teamId: team.id });
});

describe('TV framing origins', () => {
  it('start empty: no site may frame a TV page', async () => {
    expect(await call(admin, 'GET')).toEqual({ status: 200, body: { origins: [] } });
    expect(await loadTvFrameAncestors()).toEqual([]);
  });

  it('an admin sets them (normalised), the server reads them, and the change is audited once', async () => {
    const saved = await call(admin, 'PUT', { origins: ['HTTPS://Signage.Example.com', 'http://10.0.0.5:8080'] });
    expect(saved).toEqual({ status: 200, body: { origins: ['https://signage.example.com', 'http://10.0.0.5:8080'] } });
    expect(await loadTvFrameAncestors()).toEqual(['https://signage.example.com', 'http://10.0.0.5:8080']);
    // The same list again changes nothing and writes no second entry.
    await call(admin, 'PUT', { origins: ['https://signage.example.com', 'http://10.0.0.5:8080'] });
    const entries = await database().prisma.auditEntry.findMany({ where: { action: 'organization.tv-framing.update' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, before: { tvFrameAncestors: [] }, after: { tvFrameAncestors: saved.body.origins } });
  });

  it('refuses anything that is not a bare origin, naming the field, and writes nothing', async () => {
    for (const origin of ['https://signage.example.com/player', '*', 'https://*.example.com', "https://a.example; script-src *", 'javascript:alert(1)', 'signage.example.com']) {
      const answer = await call(admin, 'PUT', { origins: [origin] });
      expect(answer.status, origin).toBe(400);
      expect(answer.body.error.issues[0].path).toBe('origins.0');
    }
    expect((await call(admin, 'PUT', { origins: ['https://a.example', 'https://a.example'] })).status).toBe(400);
    expect((await call(admin, 'PUT', { origins: Array.from({ length: 11 }, (_, index) => `https://s${index}.example`) })).status).toBe(400);
    expect(await loadTvFrameAncestors()).toEqual([]);
  });

  it('is for admins only', async () => {
    expect((await call(lead, 'GET')).status).toBe(403);
    const refused = await call(lead, 'PUT', { origins: ['https://signage.example.com'] });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Only admins can manage TV framing.');
    expect(await loadTvFrameAncestors()).toEqual([]);
  });
});
