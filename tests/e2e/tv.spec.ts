import type { APIRequestContext, Browser, Page } from '@playwright/test';
import type { TBoard, TDealCard } from '@/schemas/deal';
import { expect, sameOrigin, test, type DemoUser } from './fixtures';

// TV mode (issue #18 item 4): a TV speaks its office's time, is readable across a room,
// names who closed what, and can be paired with a code instead of a typed address.

type Office = { id: string; name: string; timeZone: string };

async function offices(request: APIRequestContext): Promise<Office[]> {
  const response = await request.get('/api/admin/offices');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { offices: Office[] }).offices;
}

async function makeLink(request: APIRequestContext, data: Record<string, unknown>): Promise<{ id: string; path: string }> {
  const created = await request.post('/api/wall-tokens', { headers: sameOrigin(), data });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { token: { id: string; path: string } }).token;
}

async function openTv(browser: Browser, path: string, timezoneId = 'America/Los_Angeles'): Promise<Page> {
  // A TV whose own clock is set to another zone than its office's.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, timezoneId });
  const tv = await context.newPage();
  const response = await tv.goto(path);
  expect(response?.status()).toBe(200);
  await expect(tv.getByTestId('wall-connection')).toHaveText('Live');
  return tv;
}

function timeIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(at);
}

test("a TV shows its office's time for the clock and the 'updated' time, whatever zone the TV is set to", async ({ page, signIn, browser }) => {
  await signIn('admin');
  const london = (await offices(page.request)).find((office) => office.timeZone === 'Europe/London')!;
  const link = await makeLink(page.request, { name: `London lobby ${Date.now()}`, scope: 'OFFICE', officeId: london.id });
  const tv = await openTv(browser, link.path);
  const clock = tv.getByLabel('Time now');
  await expect(clock).toHaveAttribute('data-time-zone', 'Europe/London');
  const before = new Date();
  const shown = (await clock.textContent()) ?? '';
  const after = new Date();
  expect([timeIn('Europe/London', before), timeIn('Europe/London', after)]).toContain(shown.replace(/\s/g, ''));
  expect(shown).not.toBe(timeIn('America/Los_Angeles', before));
  const updated = await tv.locator('.wall-connection-updated time').textContent();
  expect(updated?.slice(0, 5)).toMatch(/^\d\d:\d\d$/);
  const londonHour = timeIn('Europe/London', new Date()).slice(0, 2);
  expect([londonHour, timeIn('Europe/London', new Date(Date.now() - 60_000)).slice(0, 2)]).toContain(updated!.slice(0, 2));
  await tv.context().close();
});

test('status chips and the legend are at least 24 px on a 1080p TV', async ({ page, signIn, browser }) => {
  await signIn('admin');
  const link = await makeLink(page.request, { name: `Sizes ${Date.now()}`, scope: 'COMPANY' });
  const tv = await openTv(browser, link.path);
  const fontSizes = async (selector: string) =>
    tv.locator(selector).evaluateAll((elements) => elements.map((element) => Number.parseFloat(getComputedStyle(element).fontSize)));
  const chips = await fontSizes('.wall-bar-standing');
  expect(chips.length).toBeGreaterThan(5);
  for (const size of chips) expect(size).toBeGreaterThanOrEqual(24);
  const legend = await fontSizes('.wall-legend-tv li');
  expect(legend.length).toBeGreaterThanOrEqual(5);
  for (const size of legend) expect(size).toBeGreaterThanOrEqual(24);
  // Still one screen: the legend is on it, nothing scrolls sideways.
  const box = await tv.locator('.wall-legend-tv').boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(1080);
  expect(await tv.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
  await tv.context().close();
});

async function openDealOf(request: APIRequestContext, rep: DemoUser): Promise<TDealCard> {
  const response = await request.get(`/api/boards/team/${rep.teamId}`);
  const { board } = (await response.json()) as { board: TBoard };
  const deal = board.deals.filter((candidate) => candidate.ownerId === rep.id && candidate.stage === 'IN_PROGRESS' && !candidate.deletedAt)[0];
  expect(deal, 'the rep has an open deal').toBeTruthy();
  return deal!;
}

test('the TV celebration names the rep and the deal, and a link can turn it off', async ({ page, signIn, browser, apiAs }) => {
  await signIn('admin');
  const link = await makeLink(page.request, { name: `Celebrate ${Date.now()}`, scope: 'COMPANY' });
  const tv = await openTv(browser, link.path);
  const quiet = await openTv(browser, `${link.path}?celebrate=off`);

  const repApi = await apiAs('rep');
  const rep = ((await (await repApi.get('/api/me')).json()) as { user: DemoUser }).user;
  const deal = await openDealOf(repApi, rep);
  const quietBar = quiet.getByTestId(`wall-bar-team-${rep.teamId}`);
  const wonBefore = Number(await quietBar.getAttribute('data-won-minor'));
  const closed = await repApi.post(`/api/deals/${deal.id}/close`, { headers: sameOrigin(), data: { version: deal.version, outcome: 'WON' } });
  expect(closed.status()).toBe(200);
  await expect(tv.getByTestId('celebration')).toContainText(`${rep.name} closed ${deal.account}`, { timeout: 5_000 });
  await expect(tv.getByTestId('celebration')).toContainText(/: \$[\d,]+ for NY Enterprise!/);
  // The screen with celebrations off moves its bar and shows no banner.
  await expect(quietBar).not.toHaveAttribute('data-won-minor', String(wonBefore));
  await expect(quiet.getByTestId('celebration')).toHaveCount(0);
  await tv.context().close();
  await quiet.context().close();
});

test('a TV link made with a playlist rotates through its screens: the wall, a team’s reps, a burn-down', async ({ page, signIn, browser }) => {
  await signIn('admin');
  await page.goto('/settings/wallboards');
  const name = `Rotating ${Date.now()}`;
  await page.getByLabel('Name of the screen').fill(name);
  await page.getByLabel('Shows', { exact: true }).selectOption({ label: 'The whole company' });
  await page.getByRole('checkbox', { name: 'NY Enterprise: its reps' }).check();
  await page.getByRole('checkbox', { name: 'NY Enterprise burn-down' }).check();
  await page.getByLabel('Seconds on each screen').fill('5');
  await page.getByRole('button', { name: 'Create TV link' }).click();
  const url = await page.getByTestId('new-wallboard-url').inputValue();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('3 screens every 5 s');

  const tv = await openTv(browser, new URL(url).pathname);
  await expect(tv.getByTestId('tv-slide-position')).toHaveText('Screen 1 of 3');
  await expect(tv.getByRole('heading', { level: 1 })).toContainText('Company');
  await expect(tv.getByTestId('tv-slide-position')).toHaveText('Screen 2 of 3', { timeout: 8_000 });
  await expect(tv.getByRole('heading', { level: 1 })).toContainText('NY Enterprise · reps');
  await expect(tv.locator('[data-testid^="wall-bar-rep-"]').first()).toBeVisible();
  await expect(tv.getByTestId('tv-slide-position')).toHaveText('Screen 3 of 3', { timeout: 8_000 });
  await expect(tv.getByTestId('tv-burn-down').locator('svg.recharts-surface')).toBeVisible();
  await expect(tv.getByTestId('tv-slide-position')).toHaveText('Screen 1 of 3', { timeout: 8_000 });
  await tv.context().close();
});

test('a TV opens /tv, shows a 6-digit code, and opens its wall once an admin types the code in Cadence', async ({ page, signIn, browser, allowConsoleErrors }) => {
  allowConsoleErrors(/404 \(Not Found\).*\/api\/wall-tokens\/pair/);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const tv = await context.newPage();
  await tv.goto('/tv');
  const codeElement = tv.locator('.tv-pairing-code');
  await expect(codeElement).toHaveText(/^\d{3} \d{3}$/);
  const code = (await codeElement.getAttribute('data-code'))!;

  await signIn('admin');
  await page.goto('/settings/wallboards');
  // A wrong code is refused with the reason, and nothing is made.
  const wrong = code === '000000' ? '000001' : '000000';
  await page.getByLabel('Name of the screen').fill('Reception');
  await page.getByLabel('Pair a screen: its code (optional)').fill(wrong);
  await page.getByRole('button', { name: 'Create TV link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No screen is showing that code' })).toBeVisible();

  await page.getByLabel('Pair a screen: its code (optional)').fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await page.getByRole('button', { name: 'Create TV link' }).click();
  await expect(page.getByTestId('wallboard-paired')).toContainText('Paired: the screen now shows Reception');
  await expect(page.getByTestId('new-wallboard-url')).toHaveCount(0);

  await expect(tv).toHaveURL(/\/tv\/wall_/, { timeout: 10_000 });
  await expect(tv.getByTestId('wall-connection')).toHaveText('Live');
  await expect(tv.getByRole('heading', { level: 1 })).toContainText('Company');
  await context.close();
});
