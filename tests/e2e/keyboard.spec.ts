import type { APIRequestContext } from '@playwright/test';
import type { TBoard } from '@/schemas/deal';
import { expect, test } from './fixtures';

// Keyboard shortcuts (issue #18): "?" lists them; "/" searches the board; "n" makes a
// deal; on a focused card "e" edits it and "c" closes it; "g b", "g w" and "g s" go to
// the board, the wall and the sprints; and none of them fires while typing in a field.

async function readTeamBoard(request: APIRequestContext, teamId: string): Promise<TBoard> {
  const response = await request.get(`/api/boards/team/${teamId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { board: TBoard }).board;
}

test('the board answers its shortcuts, and typing in a field is never taken for one', async ({ page, signIn }) => {
  const lead = await signIn('lead');
  const board = await readTeamBoard(page.request, lead.teamId!);
  const deal = board.deals.find((candidate) => candidate.stage === 'TODO')!;
  await page.goto(`/board/team/${lead.teamId}`);
  await expect(page.getByTestId('board-connection')).toHaveText('Live');

  // "?" shows the list; Escape closes it.
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcuts-dialog');
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /New deal/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // "/" puts the cursor in the search box; what is typed there is text, not shortcuts.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search deals' });
  await expect(search).toBeFocused();
  await page.keyboard.type('nec?');
  await expect(search).toHaveValue('nec?');
  await expect(page.getByTestId('deal-form-dialog')).toHaveCount(0);
  await expect(help).toHaveCount(0);
  await search.fill('');

  // "n" opens the new deal form (from outside the field).
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('n');
  const form = page.getByTestId('deal-form-dialog');
  await expect(form).toBeVisible();
  await expect(form.getByRole('heading', { name: /new deal/i })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // On a focused card: "e" edits it, "c" closes it.
  const cardBody = page.locator(`[data-deal-id="${deal.id}"] .deal-card-body`);
  await cardBody.focus();
  await page.keyboard.press('e');
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Account' })).toHaveValue(deal.account);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await cardBody.focus();
  await page.keyboard.press('c');
  const close = page.getByTestId('close-deal-dialog');
  await expect(close).toBeVisible();
  await expect(close.getByRole('heading', { name: `Close ${deal.account}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(close).toBeHidden();
});

test('"g w", "g s" and "g b" go to the wall, the sprints and the board', async ({ page, signIn }) => {
  const lead = await signIn('lead');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The shortcuts listen once the page has hydrated, which can come after its heading
  // shows: "?" opening the list of shortcuts says that they do.
  await expect(async () => {
    await page.keyboard.press('?');
    await expect(page.getByTestId('shortcuts-dialog')).toBeVisible({ timeout: 500 });
  }).toPass();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-dialog')).toBeHidden();
  await page.keyboard.press('g');
  await page.keyboard.press('w');
  await expect(page).toHaveURL(/\/wall$/);
  await expect(page.getByRole('heading', { name: 'Wall', level: 1 })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page).toHaveURL(new RegExp(`/sprints/${lead.teamId}/[^/]+$`));
  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page).toHaveURL(new RegExp(`/board/team/${lead.teamId}$`));
  await expect(page.getByTestId('board')).toBeVisible();
  // A lone "b" (no "g" before it) goes nowhere.
  await page.keyboard.press('w');
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(new RegExp(`/board/team/${lead.teamId}$`));
});
