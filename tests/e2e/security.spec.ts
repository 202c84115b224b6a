import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, sameOrigin, test } from './fixtures';

// Issue #16 item 2: a page on another port of the same host (same site, so the session
// cookie goes along) cannot write as the signed-in user; Bearer-token clients are
// unaffected. Item 6: a malformed address is a JSON 400, not a plain-text 500.

let attacker: Server;
let attackerOrigin: string;
let attackerPage = '';

test.beforeAll(async () => {
  attacker = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(attackerPage);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerOrigin = `http://localhost:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => attacker.close(() => resolve()));
});

test('a text/plain form post from another port is refused with a reason', async ({ page, signIn, baseURL, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 403 .*\/api\/me\/profile/);
  const rep = await signIn('rep');
  // The classic forged JSON body: a text/plain form whose one field spells out JSON.
  attackerPage = `<!doctype html><form method="POST" action="${baseURL}/api/me/profile" enctype="text/plain">
    <input type="hidden" name='{"name":"Mallory","x":"' value='"}'></form>
    <script>document.forms[0].submit()</script>`;
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/me/profile'));
  await page.goto(attackerOrigin);
  const response = await answer;
  expect(response.status()).toBe(403);
  expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/application\/json/);
  const me = (await (await page.request.get('/api/me')).json()) as { user: { name: string } };
  expect(me.user.name).toBe(rep.name);
});

test('a cross-origin fetch with the cookie is refused', async ({ page, signIn, baseURL, allowConsoleErrors }) => {
  allowConsoleErrors(/Failed to load resource/, /CORS/, /Access to fetch/);
  const rep = await signIn('rep');
  attackerPage = '<!doctype html><title>elsewhere</title>';
  await page.goto(attackerOrigin);
  const type = await page.evaluate(async (target) => {
    // A text/plain POST needs no preflight, so the browser sends it with the cookie.
    const response = await fetch(`${target}/api/tokens`, {
      method: 'POST',
      credentials: 'include',
      mode: 'no-cors',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ name: 'Mallory' }),
    });
    return response.type;
  }, baseURL!);
  expect(type).toBe('opaque');
  const tokens = (await (await page.request.get('/api/tokens')).json()) as { tokens: { name: string }[] };
  expect(tokens.tokens.map((token) => token.name)).not.toContain('Mallory');

  // The same write sent from the app's own origin goes through.
  const own = await page.request.patch('/api/me/profile', { headers: sameOrigin(), data: { name: rep.name } });
  expect(own.status()).toBe(200);
  // Without an Origin (or Sec-Fetch-Site), a cookie-signed write is refused.
  const bare = await page.request.patch('/api/me/profile', { data: { name: 'Mallory' } });
  expect(bare.status()).toBe(403);
  expect(((await bare.json()) as { error: { message: string } }).error.message).toMatch(/Origin/);
});

test('Bearer-token writes need no Origin', async ({ page, signIn, playwright, baseURL }) => {
  const rep = await signIn('rep');
  const created = await page.request.post('/api/tokens', { headers: sameOrigin(), data: { name: 'CSRF check' } });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: { id: string; token: string } };
  const client = await playwright.request.newContext({ baseURL });
  const write = await client.patch('/api/me/profile', { headers: { authorization: `Bearer ${token.token}` }, data: { name: rep.name } });
  expect(write.status()).toBe(200);
  await client.dispose();
  expect((await page.request.delete(`/api/tokens/${token.id}`, { headers: sameOrigin() })).status()).toBe(200);
});

test('a malformed address answers a JSON 400', async ({ request }) => {
  for (const path of ['/api/deals/%ff', '/api/deals/a%00b']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
  }
});

test('next-auth sign-in answers 429 with Retry-After after ten wrong passwords, alike for an unknown email', async ({ playwright, baseURL }) => {
  // A demo rep without a password and an email nobody has; no other spec signs in as either.
  const client = await playwright.request.newContext({ baseURL });
  const attempt = async (email: string) => {
    const { csrfToken } = (await (await client.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await client.post('/api/auth/callback/credentials', {
      form: { csrfToken, email, password: 'not the password', callbackUrl: '/', json: 'true' },
      maxRedirects: 0,
    });
    return { status: response.status(), retryAfter: response.headers()['retry-after'] };
  };
  for (const email of ['throttle-check@cadence.demo', 'nobody-here@example.com']) {
    const statuses: number[] = [];
    for (let index = 0; index < 11; index += 1) statuses.push((await attempt(email)).status);
    expect(statuses.slice(0, 10).every((status) => status !== 429), `${email}: ${statuses.join(',')}`).toBe(true);
    expect(statuses[10], email).toBe(429);
    expect(Number((await attempt(email)).retryAfter)).toBeGreaterThan(0);
  }
  await client.dispose();
});
