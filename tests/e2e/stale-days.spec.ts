import type { APIRequestContext } from '@playwright/test';
import type { TBoard } from '@/schemas/deal';
import { expect, test } from './fixtures';

// Stale thresholds per column, set on the admin's team screen: a To do threshold shorter
// than the team's default makes a To do card stale on the board that was calm before,
// while the other columns keep the default.

async function readTeamBoard(request: APIRequestContext, teamId: string): Promise<TBoard> {
  const response = await request.get(`/api/boards/team/${teamId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { board: TBoard }).board;
}

test('an admin sets "stale after" days per column and the board follows them', async ({ page, signIn }) => {
  await signIn('admin');
  const teams = (await (await page.request.get('/api/admin/teams')).json()) as { teams: Array<{ id: string; name: string; staleAfterDays: number }> };
  const now = Date.now();
  const idleDays = (stageChangedAt: string, lastActivityAt: string | null | undefined) =>
    (now - Math.max(Date.parse(stageChangedAt), lastActivityAt ? Date.parse(lastActivityAt) : 0)) / 86_400_000;

  // A team with a To do deal idle for at least 2 days but not yet past the default.
  let chosen: { team: (typeof teams.teams)[number]; dealId: string } | null = null;
  for (const team of teams.teams) {
    const board = await readTeamBoard(page.request, team.id);
    const calm = board.deals.find((deal) => {
      if (deal.stage !== 'TODO' || deal.deletedAt) return false;
      const idle = idleDays(deal.stageChangedAt, deal.lastActivityAt);
      return idle >= 2 && idle < team.staleAfterDays - 1;
    });
    if (calm) {
      chosen = { team, dealId: calm.id };
      break;
    }
  }
  expect(chosen, 'the demo has a To do deal idle for a few days').not.toBeNull();
  const { team, dealId } = chosen!;
  const card = page.locator(`[data-deal-id="${dealId}"]`);

  await page.goto(`/board/team/${team.id}`);
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
  await expect(card.locator('.deal-badge[data-tone="stale"]')).toHaveCount(0);

  await page.goto('/admin/teams');
  const row = page.getByRole('row').filter({ hasText: team.name });
  await row.getByRole('button', { name: `Edit ${team.name}` }).click();
  const dialog = page.getByTestId('team-dialog');
  await expect(dialog.getByLabel('Default, for every column')).toHaveValue(String(team.staleAfterDays));

  // Bad input is refused with the reason and saves nothing.
  await dialog.locator('#team-stale-todo').fill('0');
  await dialog.getByRole('button', { name: 'Save team' }).click();
  await expect(dialog.getByText('At least 1 day')).toBeVisible();

  await dialog.locator('#team-stale-todo').fill('1');
  await dialog.getByRole('button', { name: 'Save team' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText(`${team.staleAfterDays} days · To do 1`);

  await page.goto(`/board/team/${team.id}`);
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
  await expect(card.locator('.deal-badge[data-tone="stale"]')).toHaveText('Stale');

  // Cleared again, the column falls back to the default.
  await page.goto('/admin/teams');
  await row.getByRole('button', { name: `Edit ${team.name}` }).click();
  await expect(dialog.locator('#team-stale-todo')).toHaveValue('1');
  await dialog.locator('#team-stale-todo').fill('');
  await dialog.getByRole('button', { name: 'Save team' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).not.toContainText('To do 1');
});
