import { expect, test } from '@playwright/test';
import { demoPassword, demoUsers } from './demo-users';
import { sameOrigin, signInThroughApi } from './fixtures';

test('a rep signs in through the form and sees the app shell, live', async ({ page }) => {
  await page.goto('/');
  // Every page but sign-in needs a session.
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await page.getByLabel('Email').fill(demoUsers.rep);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toContainText('Rep');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
  // The rep's team table shows the swimlanes with this month's goals in dollars.
  await expect(page.getByRole('table')).toContainText('$');
  // The socket.io connection was accepted on the strength of the session cookie.
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
});

test('signing in from a deep link comes back to that page', async ({ page }) => {
  await page.goto('/notes?tag=pricing');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fnotes%3Ftag%3Dpricing/);
  await page.getByLabel('Email').fill(demoUsers.lead);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/notes\?tag=pricing$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a wrong password is refused with a clear message and no session', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(demoUsers.rep);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.locator('#signin-error')).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/signin/);
  const session = await page.request.get('/api/me');
  expect(session.status()).toBe(401);
});

test('the form names a missing field before sending anything', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expect(page.getByText('Enter your password')).toBeVisible();
});

test('an API token made in the settings page lets a script call the API', async ({ page, request }) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(demoUsers.lead);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toContainText('Team lead');

  await page.getByRole('link', { name: 'API tokens' }).click();
  await page.getByLabel('Name').fill('Weekly export');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('new-token-value').textContent())?.trim() ?? '';
  expect(token).toMatch(/^cad_/);

  const withToken = await request.get('/api/me', { headers: { authorization: `Bearer ${token}` } });
  expect(withToken.status()).toBe(200);
  expect(((await withToken.json()) as { user: { email: string } }).user.email).toBe(demoUsers.lead);

  await page.getByRole('button', { name: 'Revoke Weekly export' }).click();
  await expect(page.getByRole('cell', { name: 'Revoked' })).toBeVisible();
  const afterRevoke = await request.get('/api/me', { headers: { authorization: `Bearer ${token}` } });
  expect(afterRevoke.status()).toBe(401);
});

test('a board read comes gzipped; the small answer to a move does not (decision 010)', async ({ page }) => {
  const lead = await signInThroughApi(page.request, 'lead');
  const read = await page.request.get(`/api/boards/team/${lead.teamId}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(read.status()).toBe(200);
  expect(read.headers()['content-encoding']).toBe('gzip');
  const { board } = (await read.json()) as { board: { deals: { id: string; version: number; stage: string }[] } };
  const deal = board.deals.find((candidate) => candidate.stage === 'BACKLOG')!;
  const write = await page.request.post(`/api/deals/${deal.id}/move`, {
    headers: { 'accept-encoding': 'gzip', ...sameOrigin() },
    data: { version: deal.version, stage: 'TODO' },
  });
  expect(write.status()).toBe(200);
  expect(write.headers()['content-encoding']).toBeUndefined();
  expect(((await write.json()) as { deal: { stage: string } }).deal.stage).toBe('TODO');
});

test('the health check answers without a session', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
});
