import type { APIRequestContext } from '@playwright/test';
import type { TBoard } from '@/schemas/deal';
import { expect, test } from './fixtures';

// Issue #15 item 6: a team sets its own "stale after" days per column. Its lead opens
// "Board settings" on the team's board, shortens To do, and a To do card that was calm
// turns stale there and then; a rep of the team sees no such button.

async function readTeamBoard(request: APIRequestContext, teamId: string): Promise<TBoard> {
  const response = await request.get(`/api/boards/team/${teamId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { board: TBoard }).board;
}

test("a team's lead sets stale days per column from the board", async ({ page, signIn }) => {
  await signIn('lead');
  const me = (await (await page.request.get('/api/me')).json()) as { user: { ledTeamIds: string[] } };
  const teamId = me.user.ledTeamIds[0]!;
  const board = await readTeamBoard(page.request, teamId);
  const team = board.teams[0]!;
  const now = Date.now();
  const todoDays = team.staleAfterDaysByStage?.TODO ?? team.staleAfterDays;
  const calm = board.deals.find((deal) => {
    if (deal.stage !== 'TODO' || deal.deletedAt) return false;
    const idle = (now - Math.max(Date.parse(deal.stageChangedAt), deal.lastActivityAt ? Date.parse(deal.lastActivityAt) : 0)) / 86_400_000;
    return idle >= 2 && idle < todoDays - 1;
  });
  expect(calm, "the lead's team has a To do deal idle for a few days").toBeDefined();
  const card = page.locator(`[data-deal-id="${calm!.id}"]`);

  await page.goto(`/board/team/${teamId}`);
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
  await expect(card.locator('.deal-badge[data-tone="stale"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Board settings' }).click();
  const dialog = page.getByTestId('board-settings-dialog');
  await expect(dialog.getByLabel('Default, for every column')).toHaveValue(String(team.staleAfterDays));

  // Bad input is refused beside its field, and nothing is saved.
  await dialog.locator('#board-settings-stale-todo').fill('0');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByText('At least 1 day')).toBeVisible();

  await dialog.locator('#board-settings-stale-todo').fill('1');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.locator('.deal-badge[data-tone="stale"]')).toHaveText('Stale');

  // Back to the default, for the specs that follow.
  await page.getByRole('button', { name: 'Board settings' }).click();
  await expect(dialog.locator('#board-settings-stale-todo')).toHaveValue('1');
  await dialog.locator('#board-settings-stale-todo').fill(team.staleAfterDaysByStage?.TODO ? String(team.staleAfterDaysByStage.TODO) : '');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.locator('.deal-badge[data-tone="stale"]')).toHaveCount(0);
});

test('a rep sees the board without its settings', async ({ page, signIn }) => {
  await signIn('rep');
  await page.goto('/board');
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
  await expect(page.getByRole('button', { name: 'New deal' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Board settings' })).toHaveCount(0);
});
