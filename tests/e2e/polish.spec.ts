import type { Page } from '@playwright/test';
import type { TBoard, TDealCard } from '@/schemas/deal';
import { expect, sameOrigin, test } from './fixtures';

// Everyday polish (issue #18): the small wrongs a rep or an admin would notice.

async function teamBoard(page: Page, teamId: string): Promise<TBoard> {
  const response = await page.request.get(`/api/boards/team/${teamId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { board: TBoard }).board;
}

test('a deal named with a full stop is announced and toasted with one, and a drop says where the card landed', async ({ page, signIn }) => {
  const lead = await signIn('lead');
  const teamId = lead.teamId!;
  const lane = (await teamBoard(page, teamId)).lanes[3]!;
  const created = await page.request.post('/api/deals', {
    headers: sameOrigin(),
    data: { account: 'Atlas Freight Corp.', title: 'Polish check', amountMinor: 120_000, stage: 'TODO', ownerId: lane.userId, idempotencyKey: crypto.randomUUID() },
  });
  expect(created.status()).toBe(201);
  const deal = ((await created.json()) as { deal: TDealCard }).deal;

  await page.goto(`/board/team/${teamId}`);
  await expect(page.getByTestId('board')).toHaveAttribute('data-hydrated', 'true');
  const card = page.locator(`[data-deal-id="${deal.id}"]`);
  const body = card.getByRole('button', { name: /^Atlas Freight Corp\./ });
  await body.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.locator(`[data-cell-key="${lane.userId}:IN_PROGRESS"] [data-deal-id="${deal.id}"]`)).toBeVisible();
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(`Dropped Atlas Freight Corp. in In progress in ${lane.name}'s row, position 1.`);

  await card.getByRole('button', { name: 'Actions for Atlas Freight Corp.' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByTestId('board-notice').getByText('Deleted Atlas Freight Corp.', { exact: true })).toBeVisible();
});

test('a goal cell that is not an amount says why at once, and the count to fix shows before Save is pressed', async ({ page, signIn }) => {
  await signIn('admin');
  await page.goto('/admin/goals');
  const cell = page.locator('#goal-cell-0-1');
  await expect(cell).toBeVisible();
  const before = await cell.inputValue();
  await cell.fill('lots');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toHaveAccessibleDescription(/Not an amount/);
  await expect(page.getByText('Fix the 1 highlighted cell(s) before saving.')).toBeVisible();
  await cell.fill(before === '' ? '1000' : before);
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Fix the 1 highlighted cell(s) before saving.')).toHaveCount(0);
});

test('a manager reaches TV links from the menu', async ({ page, signIn }) => {
  await signIn('manager');
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'TV links' }).click();
  await expect(page).toHaveURL(/\/settings\/wallboards$/);
});
