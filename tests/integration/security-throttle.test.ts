import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createOffice, createTeam, createUser } from '../factories';
import { resetDatabase, useTestDatabase } from '../setup/test-database';
import { hashPassword } from '@/server/auth/password';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { throttledSignIn } from '@/server/auth/throttled-sign-in';
import { clientAddressHeader, resetThrottles, throttleLimits } from '@/server/auth/throttle';
import * as meRoute from '@/app/api/me/route';

// Issue #16 item 3: guessing is throttled per account and per address with 429 and
// Retry-After, unknown and known emails are answered alike, and the right password
// gets in once the wait is over. The sign-in wrapper is exercised around a handler that
// signs in the way next-auth's credentials callback does (verifyCredentials, then a
// session cookie); the browser test in tests/e2e/security.spec.ts drives next-auth itself.

const database = useTestDatabase();
const saved = structuredClone(throttleLimits);

const credentialsCallback = throttledSignIn(async (request) => {
  const form = await request.formData();
  const user = await verifyCredentials({ email: form.get('email'), password: form.get('password') });
  return user
    ? Response.json({ url: 'http://localhost/' }, { headers: { 'set-cookie': 'next-auth.session-token=signed; Path=/; HttpOnly' } })
    : Response.json({ url: 'http://localhost/api/auth/error?error=CredentialsSignin' }, { status: 401 });
});

async function signIn(email: string, password: string, address = '203.0.113.7') {
  const request = new Request('http://localhost/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', [clientAddressHeader]: address },
    body: new URLSearchParams({ email, password, csrfToken: 'x' }),
  });
  const response = await credentialsCallback(request, { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after') };
}

beforeEach(async () => {
  const prisma = database().prisma;
  await resetDatabase(prisma);
  const office = await createOffice(prisma, { name: 'London', timeZone: 'Europe/London' });
  const team = await createTeam(prisma, { officeId: office.id, name: 'London SMB' });
  await createUser(prisma, { role: 'REP', teamId: team.id, email: 'rae@example.com', passwordHash: await hashPassword('the right one') });
  Object.assign(throttleLimits, structuredClone(saved));
  resetThrottles();
});

afterAll(() => {
  Object.assign(throttleLimits, saved);
  resetThrottles();
});

describe('sign-in throttling', () => {
  it('answers 429 with Retry-After after ten wrong passwords, alike for a known and an unknown email', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let attempt = 0; attempt < 14; attempt += 1) {
      known.push((await signIn('rae@example.com', `guess ${attempt}`)).status);
      unknown.push((await signIn('nobody@example.com', `guess ${attempt}`)).status);
    }
    expect(known).toEqual([...Array(10).fill(401), ...Array(4).fill(429)]);
    expect(unknown).toEqual(known);
    const refused = await signIn('rae@example.com', 'the right one');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(60);
    // The account is held back from every address.
    expect((await signIn('rae@example.com', 'the right one', '198.51.100.1')).status).toBe(429);
  });

  it('lets the right password in once the wait is over, and clears the count', async () => {
    throttleLimits['sign-in-account'] = { points: 3, duration: 2, blockDuration: 2 };
    resetThrottles();
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await signIn('rae@example.com', 'wrong')).status).toBe(401);
    const blocked = await signIn('rae@example.com', 'the right one');
    expect(blocked.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, Number(blocked.retryAfter) * 1000 + 100));
    expect((await signIn('rae@example.com', 'the right one')).status).toBe(200);
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await signIn('rae@example.com', 'wrong')).status).toBe(401);
  });

  it('throttles per address across accounts', async () => {
    throttleLimits['sign-in-address'] = { points: 5, duration: 60, blockDuration: 60 };
    resetThrottles();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) statuses.push((await signIn(`someone${attempt}@example.com`, 'wrong')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await signIn('rae@example.com', 'the right one', '198.51.100.1')).status).toBe(200);
  });
});

describe('API token throttling', () => {
  it('answers 429 after too many unknown tokens from one address', async () => {
    throttleLimits['api-token'] = { points: 4, duration: 60, blockDuration: 60 };
    resetThrottles();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const request = new Request('http://localhost/api/me', {
        headers: { authorization: `Bearer cad_guess${attempt}`, [clientAddressHeader]: '203.0.113.9' },
      });
      const response = await (meRoute.GET as unknown as (request: Request) => Promise<Response>)(request);
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });
});
