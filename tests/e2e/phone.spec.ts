import type { APIRequestContext, CDPSession, Page } from '@playwright/test';
import type { TBoard, TDealCard } from '@/schemas/deal';
import { expect, test } from './fixtures';

// Phones (issue #18), at 390×844 with touch: no page is wider than the screen, the main
// action of each is on screen, the navigation folds into a menu, the board shows one
// column at a time, a long press drags a card and a swipe only scrolls.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function expectNoSidewaysScroll(page: Page) {
  // Not innerWidth: a phone browser zooms out to fit a page that is too wide, and innerWidth grows with it.
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: 390 }));
  expect(widths.page, `${page.url()} is ${widths.page}px wide on a ${widths.screen}px screen`).toBeLessThanOrEqual(widths.screen);
}

/** Fully inside the screen's width (not clipped at either side). */
async function expectOnScreen(page: Page, locator: ReturnType<Page['locator']>) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x, 'left edge on screen').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'right edge on screen').toBeLessThanOrEqual(390);
}

async function readTeamBoard(request: APIRequestContext, teamId: string): Promise<TBoard> {
  const response = await request.get(`/api/boards/team/${teamId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { board: TBoard }).board;
}

function todoOf(board: TBoard, ownerId: string): TDealCard[] {
  return board.deals.filter((deal) => deal.ownerId === ownerId && deal.stage === 'TODO').sort((first, second) => first.position - second.position);
}

async function touch(client: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) {
  await client.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
}

test('the navigation folds into a menu, and the wall, sprint, standup and admin pages fit the screen', async ({ page, signIn }) => {
  await signIn('lead');
  await page.goto('/');
  await expectNoSidewaysScroll(page);
  const navigation = page.getByRole('navigation', { name: 'Main' });
  const menu = navigation.getByRole('button', { name: /Menu/ });
  await expectOnScreen(page, menu);
  await expect(navigation.getByRole('link', { name: 'Wall' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expectOnScreen(page, navigation.getByRole('link', { name: 'Wall' }));
  await navigation.getByRole('link', { name: 'Wall' }).click();
  await expect(page).toHaveURL(/\/wall$/);
  await expect(navigation.getByRole('link', { name: 'Wall' })).toBeHidden();
  await expect(page.locator('.wall-bar').first()).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.goto('/sprints');
  await expect(page.getByRole('link', { name: 'Run standup' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectOnScreen(page, page.getByRole('link', { name: 'Run standup' }));

  // The standup: the rep-by-rep controls are on screen and work.
  await page.getByRole('link', { name: 'Run standup' }).click();
  await expect(page.getByText(/^Rep 1 of \d+/)).toBeVisible();
  await expectNoSidewaysScroll(page);
  const next = page.getByRole('button', { name: /Next rep/ });
  await expectOnScreen(page, next);
  await next.click();
  await expect(page.getByText(/^Rep 2 of \d+/)).toBeVisible();
  await expectOnScreen(page, page.getByRole('button', { name: /Previous rep/ }));

  for (const path of ['/admin/teams', '/admin/goals', '/settings/profile', '/notes', '/my-day']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
});

test('the board shows one column at a time; a long press drags a card and a swipe scrolls', async ({ page, signIn }) => {
  const rep = await signIn('rep');
  const before = await readTeamBoard(page.request, rep.teamId!);
  const ownTodo = todoOf(before, rep.id);
  expect(ownTodo.length, 'the rep has two deals in To do').toBeGreaterThanOrEqual(2);
  await page.goto(`/board/team/${rep.teamId}`);
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
  await expectNoSidewaysScroll(page);
  await expectOnScreen(page, page.getByRole('button', { name: 'New deal' }));

  // One column: To do first; the switcher shows another.
  const switcher = page.getByRole('group', { name: 'Column shown' });
  await expectOnScreen(page, switcher);
  await expect(switcher.getByRole('button', { name: /To do/ })).toHaveAttribute('aria-pressed', 'true');
  const ownLane = page.getByTestId(`lane-${rep.id}`);
  await expect(ownLane.locator('.board-cell[data-stage="TODO"]')).toBeVisible();
  await expect(ownLane.locator('.board-cell[data-stage="IN_PROGRESS"]')).toBeHidden();
  // The rep's row header is a strip above the cards, no wider than the screen.
  await expectOnScreen(page, ownLane.locator('.board-lane-header'));
  await expectOnScreen(page, ownLane.locator(`[data-deal-id="${ownTodo[0]!.id}"]`));
  await switcher.getByRole('button', { name: /In progress/ }).click();
  await expect(ownLane.locator('.board-cell[data-stage="IN_PROGRESS"]')).toBeVisible();
  await expect(ownLane.locator('.board-cell[data-stage="TODO"]')).toBeHidden();
  await expectNoSidewaysScroll(page);
  await switcher.getByRole('button', { name: /To do/ }).click();

  const client = await page.context().newCDPSession(page);
  const first = ownLane.locator(`[data-deal-id="${ownTodo[0]!.id}"] .deal-card-body`);
  const second = ownLane.locator(`[data-deal-id="${ownTodo[1]!.id}"]`);
  await first.scrollIntoViewIfNeeded();
  const scroller = page.getByTestId('board');

  // A quick swipe up over a card scrolls the board and drags nothing.
  const start = (await first.boundingBox())!;
  const scrolledBefore = await scroller.evaluate((element) => element.scrollTop);
  const x = start.x + start.width / 2;
  const y = start.y + start.height / 2;
  await touch(client, 'touchStart', x, y);
  for (let step = 1; step <= 8; step += 1) await touch(client, 'touchMove', x, y - step * 15);
  await touch(client, 'touchEnd', x, y - 120);
  await expect(page.locator('.deal-card-overlay')).toHaveCount(0);
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(scrolledBefore);
  expect(todoOf(await readTeamBoard(page.request, rep.teamId!), rep.id).map((deal) => deal.id)).toEqual(ownTodo.map((deal) => deal.id));

  // Press and hold, then move: the card is dragged below the next one. The card is
  // picked up, and the finger rests, clear of the board's top and bottom fifths (the board
  // is 340 px tall here): a finger resting there scrolls the board under it (dnd-kit's
  // auto-scroll), as a person's would, and the drop line goes with it.
  // The swipe above may still be gliding: a board scrolling under a drag would move the
  // cards away from where the drag measured them.
  const isStill = () => scroller.evaluate(async (element) => {
    const before = element.scrollTop;
    await new Promise((resolve) => setTimeout(resolve, 150));
    return element.scrollTop === before;
  });
  await expect.poll(isStill).toBe(true);
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((element, dealId) => {
    const card = element.querySelector(`[data-deal-id="${dealId}"]`)!;
    element.scrollTo({ top: element.scrollTop + card.getBoundingClientRect().top - element.getBoundingClientRect().top - 52, behavior: 'instant' });
  }, ownTodo[0]!.id);
  await expect.poll(isStill).toBe(true);
  const from = (await first.boundingBox())!;
  const to = (await second.boundingBox())!;
  await touch(client, 'touchStart', from.x + from.width / 2, from.y + from.height / 2);
  await page.waitForTimeout(450);
  await expect(page.locator('.deal-card-overlay')).toHaveCount(1);
  const steps = 12;
  for (let step = 1; step <= steps; step += 1) {
    const targetY = to.y + to.height * 0.6;
    await touch(client, 'touchMove', from.x + from.width / 2, from.y + from.height / 2 + ((targetY - from.y - from.height / 2) * step) / steps);
  }
  // The finger rests until the board shows the card landing below the next one, as a
  // person's would: on a busy machine the last moves can still be on their way when the
  // finger lifts, and the board may have scrolled under the finger (a drop line above the
  // next card, where the card already is, moves nothing), so it follows the card it aims for.
  const indicator = ownLane.locator(
    `.board-cell[data-stage="TODO"] .deal-card-slot:has([data-deal-id="${ownTodo[1]!.id}"]) ~ .board-drop-indicator`,
  );
  await expect(async () => {
    if ((await indicator.count()) === 0) {
      const target = (await second.boundingBox())!;
      await touch(client, 'touchMove', target.x + target.width / 2, target.y + target.height * 0.6);
    }
    await expect(indicator).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  // A finger rests a moment on the place it chose before it lifts.
  await page.waitForTimeout(150);
  await touch(client, 'touchEnd', 0, 0);
  await expect
    .poll(async () => todoOf(await readTeamBoard(page.request, rep.teamId!), rep.id).map((deal) => deal.id).indexOf(ownTodo[0]!.id))
    .toBeGreaterThan(0);
  await expectNoSidewaysScroll(page);
});
