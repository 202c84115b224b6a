import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { TBoard, TDealCard, TDealStage } from '@/schemas/deal';
import { expect, signInThroughApi, test, watchForErrors } from './fixtures';

// The deal board, end to end: moving cards with the mouse and the keyboard, live updates
// between two browsers, a move based on a stale copy, and closing a deal.
//
// The demo seed is generated relative to today, so no test names an account: each reads
// the lead's team board through the API and takes the cards of its own rep's row (a
// different row per test), which keeps the tests independent of each other and of order.

type Row = { ownerId: string; name: string; cards: (stage: TDealStage) => TDealCard[] };

async function readTeamBoard(request: APIRequestContext, teamId: string): Promise<TBoard> {
  const response = await request.get(`/api/boards/team/${teamId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { board: TBoard }).board;
}

/** A deal as the server now has it, read from its team's board (open deals and this month's closes). */
async function readDeal(request: APIRequestContext, teamId: string, dealId: string): Promise<TDealCard | undefined> {
  return (await readTeamBoard(request, teamId)).deals.find((deal) => deal.id === dealId);
}

/** Row `index` of the team board (rows are in name order). */
function rowOf(board: TBoard, index: number): Row {
  const lane = board.lanes[index];
  expect(lane, `the team has a row ${index}`).toBeDefined();
  return {
    ownerId: lane!.userId,
    name: lane!.name,
    cards: (stage) =>
      board.deals.filter((deal) => deal.ownerId === lane!.userId && deal.stage === stage).sort((first, second) => first.position - second.position),
  };
}

function cell(page: Page, ownerId: string, stage: TDealStage): Locator {
  return page.locator(`[data-cell-key="${ownerId}:${stage}"]`);
}

function card(page: Page, dealId: string): Locator {
  return page.locator(`[data-deal-id="${dealId}"]`);
}

async function openBoard(page: Page, teamId: string) {
  await page.goto(`/board/team/${teamId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Live means the page is hydrated and has joined its team's room.
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
}

/**
 * A mouse drag as a person makes it: press, move a little (past the sensor's activation
 * distance), glide to the target in steps, release. A single dragTo is too quick for it.
 */
async function dragWithMouse(page: Page, source: Locator, target: Locator) {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag source or target is not on screen');
  const start = { x: from.x + from.width / 2, y: from.y + Math.min(from.height / 2, 24) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 30), { steps: 20 });
  await page.mouse.up();
}

test.describe('the deal board', () => {
  let teamId: string;

  test.beforeEach(async ({ signIn }) => {
    const lead = await signIn('lead');
    expect(lead.teamId).not.toBeNull();
    teamId = lead.teamId!;
  });

  test('a lead drags a card with the mouse from To do to In progress, and it stays there', async ({ page }) => {
    const row = rowOf(await readTeamBoard(page.request, teamId), 0);
    const deal = row.cards('TODO')[0]!;
    await openBoard(page, teamId);
    await expect(cell(page, row.ownerId, 'TODO').locator(`[data-deal-id="${deal.id}"]`)).toBeVisible();

    await dragWithMouse(page, card(page, deal.id), cell(page, row.ownerId, 'IN_PROGRESS'));

    await expect(cell(page, row.ownerId, 'IN_PROGRESS').locator(`[data-deal-id="${deal.id}"]`)).toBeVisible();
    // Saved (the card stops showing progress), then still there after a reload.
    await expect(card(page, deal.id)).not.toHaveAttribute('data-pending', /.*/);
    await expect.poll(async () => (await readDeal(page.request, teamId, deal.id))?.stage).toBe('IN_PROGRESS');
    await page.reload();
    await expect(cell(page, row.ownerId, 'IN_PROGRESS').locator(`[data-deal-id="${deal.id}"]`)).toBeVisible();
    await expect(cell(page, row.ownerId, 'TODO').locator(`[data-deal-id="${deal.id}"]`)).toHaveCount(0);
  });

  test('a card moves with the keyboard alone: Space, arrow, Space', async ({ page }) => {
    const row = rowOf(await readTeamBoard(page.request, teamId), 1);
    const deal = row.cards('TODO')[0]!;
    await openBoard(page, teamId);

    const body = card(page, deal.id).getByRole('button', { name: new RegExp(`^${escapeRegExp(deal.account)}`) });
    // Before anyone reaches for it the card is not yet a dnd-kit draggable, but it already
    // tells a screen reader how to move it.
    await expect(body).toHaveAccessibleDescription(/press Space to pick it up/);
    await body.focus();
    await page.keyboard.press('Space');
    await expect(card(page, deal.id)).toHaveAttribute('data-dragging', 'true');
    await expect(body).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    // The screen reader hears where the card is.
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(`In progress in ${row.name}'s row`);
    await page.keyboard.press('Space');

    await expect(cell(page, row.ownerId, 'IN_PROGRESS').locator(`[data-deal-id="${deal.id}"]`)).toBeVisible();
    // Focus follows the card to its new place, so the next move can start at once.
    await expect(card(page, deal.id).locator('.deal-card-body')).toBeFocused();
    await expect.poll(async () => (await readDeal(page.request, teamId, deal.id))?.stage).toBe('IN_PROGRESS');
  });

  test('two people on the same board see each other’s moves live', async ({ page, browser, baseURL }) => {
    const row = rowOf(await readTeamBoard(page.request, teamId), 2);
    const [leadsDeal, managersDeal] = row.cards('TODO');
    expect(managersDeal, 'the row has two cards in To do').toBeDefined();

    const managerContext = await browser.newContext({ baseURL });
    const managerPage = await managerContext.newPage();
    const managerErrors = watchForErrors(managerPage, []);
    try {
      await signInThroughApi(managerPage.request, 'manager');
      await openBoard(page, teamId);
      await openBoard(managerPage, teamId);

      // The lead drags; the manager's board follows without a reload.
      await dragWithMouse(page, card(page, leadsDeal!.id), cell(page, row.ownerId, 'IN_PROGRESS'));
      await expect(cell(managerPage, row.ownerId, 'IN_PROGRESS').locator(`[data-deal-id="${leadsDeal!.id}"]`)).toBeVisible({
        timeout: 3_000,
      });

      // The manager moves one through the card's menu; the lead's board follows.
      await card(managerPage, managersDeal!.id).getByRole('button', { name: `Actions for ${managersDeal!.account}` }).click();
      await managerPage.getByRole('menuitem', { name: 'Move to Backlog' }).click();
      await expect(cell(page, row.ownerId, 'BACKLOG').locator(`[data-deal-id="${managersDeal!.id}"]`)).toBeVisible({ timeout: 3_000 });
      // Someone else's change is highlighted for a moment.
      await expect(card(page, managersDeal!.id)).toHaveAttribute('data-fresh', 'true');
      expect(managerErrors()).toEqual([]);
    } finally {
      await managerContext.close();
    }
  });

  test('a move based on a stale copy is refused gracefully and the card shows where it really is', async ({
    page,
    apiAs,
    allowConsoleErrors,
  }) => {
    // The refused request is logged by the browser, and so is the blocked live connection.
    // The board then asks the deal's history who moved it first; for seeded deals that
    // answers 400 until the seed writes whole DealEvent snapshots (reported to the server
    // owner), and the notice falls back to "Someone else".
    allowConsoleErrors(/status of 409/, /socket\.io/, /status of 400 .*\/api\/deals\/[^/]+\)$/);
    const row = rowOf(await readTeamBoard(page.request, teamId), 3);
    const deal = row.cards('TODO')[0]!;

    // No live updates for this page, so its copy of the card goes stale.
    await page.route('**/socket.io/**', (route) => route.abort());
    await page.routeWebSocket(/\/socket\.io\//, (socket) => socket.close());
    await page.goto(`/board/team/${teamId}`);
    await expect(cell(page, row.ownerId, 'TODO').locator(`[data-deal-id="${deal.id}"]`)).toBeVisible();
    await expect(page.getByTestId('board-connection')).toHaveText(/Offline/);

    // Meanwhile the manager moves it back to Backlog.
    const manager = await apiAs('manager');
    const moved = await manager.post(`/api/deals/${deal.id}/move`, { data: { version: deal.version, stage: 'BACKLOG' } });
    expect(moved.status()).toBe(200);

    await dragWithMouse(page, card(page, deal.id), cell(page, row.ownerId, 'IN_PROGRESS'));

    await expect(page.getByTestId('board-notice')).toContainText(/this deal first; it's shown where it is now/);
    await expect(cell(page, row.ownerId, 'BACKLOG').locator(`[data-deal-id="${deal.id}"]`)).toBeVisible();
    await expect(page.locator(`[data-deal-id="${deal.id}"]`)).toHaveCount(1);
    expect((await readDeal(page.request, teamId, deal.id))?.stage).toBe('BACKLOG');
  });

  test('dropping a card into Completed asks won or lost, then closes it', async ({ page }) => {
    const row = rowOf(await readTeamBoard(page.request, teamId), 4);
    const deal = row.cards('IN_PROGRESS')[0]!;
    await openBoard(page, teamId);

    await dragWithMouse(page, card(page, deal.id), cell(page, row.ownerId, 'COMPLETED'));

    const dialog = page.getByRole('dialog', { name: `Close ${deal.account}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Won' })).toBeChecked();
    await dialog.getByLabel('Amount won (USD)').fill('12,345.50');
    await dialog.getByRole('button', { name: 'Close as won' }).click();

    await expect(dialog).toBeHidden();
    const closed = cell(page, row.ownerId, 'COMPLETED').locator(`[data-deal-id="${deal.id}"]`);
    await expect(closed).toBeVisible();
    await expect(closed).toContainText('Won');
    await expect(closed).toContainText('$12,345.50');
    await expect
      .poll(async () => {
        const saved = await readDeal(page.request, teamId, deal.id);
        return [saved?.stage, saved?.outcome, saved?.closedAmountMinor];
      })
      .toEqual(['COMPLETED', 'WON', 1_234_550]);
  });

  test('the card menu moves a deal without dragging, and a deleted deal comes back with Undo', async ({ page }) => {
    const row = rowOf(await readTeamBoard(page.request, teamId), 5);
    const [toMove, toDelete] = row.cards('BACKLOG');
    await openBoard(page, teamId);

    await card(page, toMove!.id).getByRole('button', { name: `Actions for ${toMove!.account}` }).click();
    await page.getByRole('menuitem', { name: 'Move to To do' }).click();
    await expect(cell(page, row.ownerId, 'TODO').locator(`[data-deal-id="${toMove!.id}"]`)).toBeVisible();

    await card(page, toDelete!.id).getByRole('button', { name: `Actions for ${toDelete!.account}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(card(page, toDelete!.id)).toHaveCount(0);
    const notice = page.getByTestId('board-notice').filter({ hasText: `Deleted ${toDelete!.account}` });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(cell(page, row.ownerId, 'BACKLOG').locator(`[data-deal-id="${toDelete!.id}"]`)).toBeVisible();
    await expect.poll(async () => (await readDeal(page.request, teamId, toDelete!.id))?.deletedAt).toBeNull();
  });
});

test('a rep can move their own deals but not drop them into a colleague’s row', async ({ page, signIn }) => {
  const rep = await signIn('rep');
  const board = await readTeamBoard(page.request, rep.teamId!);
  const own = board.deals.find((deal) => deal.ownerId === rep.id && deal.stage !== 'COMPLETED')!;
  // The row next to the rep's own, so the drag stays on screen.
  const ownRow = board.lanes.findIndex((lane) => lane.userId === rep.id);
  const colleague = board.lanes[ownRow > 0 ? ownRow - 1 : ownRow + 1]!;
  const colleaguesDeal = board.deals.find((deal) => deal.ownerId === colleague.userId && deal.stage !== 'COMPLETED')!;
  await openBoard(page, rep.teamId!);

  // A colleague's card cannot be picked up, but it still opens (read-only), so it is not
  // announced as disabled.
  const colleaguesCard = card(page, colleaguesDeal.id).locator('.deal-card-body');
  await expect(colleaguesCard).toHaveAttribute('data-movable', 'false');
  await expect(colleaguesCard).not.toHaveAttribute('aria-disabled', /.*/);
  await expect(colleaguesCard).not.toHaveAttribute('aria-describedby', /.*/);
  await expect(card(page, own.id).locator('.deal-card-body')).toHaveAttribute('data-movable', 'true');

  // Dropped on a colleague's row, the rep's own card stays where it was.
  await dragWithMouse(page, card(page, own.id), cell(page, colleague.userId, 'IN_PROGRESS'));
  await expect(cell(page, rep.id, own.stage).locator(`[data-deal-id="${own.id}"]`)).toBeVisible();
  await expect(page.getByTestId('board-notice')).toHaveCount(0);
  expect((await readDeal(page.request, rep.teamId!, own.id))?.ownerId).toBe(rep.id);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
