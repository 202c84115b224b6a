import type { APIRequestContext } from '@playwright/test';
import type { TDealCard } from '@/schemas/deal';
import { expect, sameOrigin, test, type DemoUser } from './fixtures';

// Live where people expect live (issue #18 item 3): the sprint page's roll-up, the home
// page's bars and the standup follow what others do, with no reload.

async function me(request: APIRequestContext): Promise<DemoUser> {
  const response = await request.get('/api/me');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { user: DemoUser }).user;
}

async function createDeal(request: APIRequestContext, owner: DemoUser, account: string, amountMinor: number): Promise<TDealCard> {
  const created = await request.post('/api/deals', {
    headers: sameOrigin(),
    data: { account, title: 'Live check', amountMinor, stage: 'IN_PROGRESS', ownerId: owner.id, idempotencyKey: crypto.randomUUID() },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { deal: TDealCard }).deal;
}

test("the sprint page's roll-up shows a rep's forecast the moment it is saved elsewhere", async ({ page, signIn, apiAs }) => {
  await signIn('lead');
  await page.goto('/sprints');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('This week');
  const sprintPath = new URL(page.url()).pathname;
  const [, , teamId, sprintId] = sprintPath.split('/');

  const repApi = await apiAs('rep');
  const rep = await me(repApi);
  const repRow = page.getByRole('row', { name: new RegExp(rep.name) }).first();
  await expect(repRow).toBeVisible();
  await expect(repRow).not.toContainText('$77,777');

  const saved = await repApi.put(`/api/teams/${teamId}/sprints/${sprintId}/forecasts/${rep.id}`, {
    headers: sameOrigin(),
    data: { commitMinor: 7_777_700, bestCaseMinor: 8_888_800, commitments: [] },
  });
  expect(saved.status()).toBe(200);
  await expect(repRow).toContainText('$77,777', { timeout: 5_000 });
  await expect(repRow).toContainText('$88,888');
});

test("the home page's progress bars move when a deal is won elsewhere, like the wall's", async ({ page, signIn, apiAs }) => {
  const lead = await signIn('lead');
  await page.goto('/');
  const teamBar = page.getByTestId(`home-bar-team-${lead.teamId}`);
  await expect(teamBar).toBeVisible();
  await expect(page.locator('.home-progress')).toHaveAttribute('data-connection', 'live');
  const wonBefore = Number(await teamBar.getAttribute('data-won-minor'));

  const repApi = await apiAs('rep');
  const rep = await me(repApi);
  const deal = await createDeal(repApi, rep, `Home Live ${Date.now()}`, 4_321_00);
  const closed = await repApi.post(`/api/deals/${deal.id}/close`, { headers: sameOrigin(), data: { version: deal.version, outcome: 'WON' } });
  expect(closed.status()).toBe(200);
  await expect(teamBar).toHaveAttribute('data-won-minor', String(wonBefore + 4_321_00), { timeout: 5_000 });
});

test('the standup shows a deal that moves while it runs, on the rep being discussed', async ({ page, signIn, apiAs }) => {
  await signIn('lead');
  await page.goto('/sprints');
  await page.getByRole('link', { name: 'Run standup' }).click();
  await expect(page.getByText(/^Rep 1 of \d+/)).toBeVisible();

  const repApi = await apiAs('rep');
  const rep = await me(repApi);
  await page.getByRole('navigation', { name: 'Reps' }).getByRole('button', { name: rep.name }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(rep.name) })).toBeVisible();

  const account = `Standup Live ${Date.now()}`;
  await createDeal(repApi, rep, account, 12_000_00);
  await expect(page.getByTestId('standup-updated')).toContainText('Updated live at', { timeout: 5_000 });
  await expect(page.locator('.standup-layout')).toContainText(account);
  // Still on the same rep.
  await expect(page.getByText(new RegExp(`^Rep \\d+ of \\d+: ${rep.name}$`))).toBeVisible();
});
