import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { TBoard, TDealCard } from '@/schemas/deal';
import { expect, sameOrigin, test } from './fixtures';

// Deal signals end to end on the seeded demo: a close date pushed twice shows on the card
// and in the slipping filter; a call logged by keyboard clears the stale flag; a champion
// marked gone shows in the standup. Each test takes its deal from the lead's team board
// through the API, from the far end of the board (other specs take the first rows).

async function readTeamBoard(request: APIRequestContext, teamId: string): Promise<TBoard> {
  const response = await request.get(`/api/boards/team/${teamId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { board: TBoard }).board;
}

function card(page: Page, dealId: string): Locator {
  return page.locator(`[data-deal-id="${dealId}"]`);
}

async function openBoard(page: Page, teamId: string) {
  await page.goto(`/board/team/${teamId}`);
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Open deals of the lanes from the last one backwards, in that order. */
function openDealsFromTheEnd(board: TBoard): TDealCard[] {
  const lanes = [...board.lanes].reverse();
  return lanes.flatMap((lane) => board.deals.filter((deal) => deal.ownerId === lane.userId && deal.stage !== 'COMPLETED'));
}

test.describe('deal signals', () => {
  let teamId: string;

  test.beforeEach(async ({ signIn }) => {
    const lead = await signIn('lead');
    teamId = lead.teamId!;
  });

  test('a close date pushed twice shows "pushed ×2" on the card and the deal in the slipping filter', async ({ page }) => {
    const board = await readTeamBoard(page.request, teamId);
    const deal = openDealsFromTheEnd(board).find((candidate) => candidate.expectedCloseDate && !board.closeDateChanges?.[candidate.id])!;
    expect(deal, 'an open deal with a close date never moved').toBeDefined();
    const calm = openDealsFromTheEnd(board).find((candidate) => candidate.id !== deal.id && !board.closeDateChanges?.[candidate.id])!;
    await openBoard(page, teamId);
    await expect(card(page, deal.id)).not.toContainText('pushed');

    // Pushed a week, twice, while the board is open: each change arrives over its socket.
    const first = await page.request.patch(`/api/deals/${deal.id}`, { headers: sameOrigin(), data: { version: deal.version, expectedCloseDate: addDays(deal.expectedCloseDate!, 7) } });
    expect(first.status()).toBe(200);
    await expect(card(page, deal.id)).toContainText('pushed ×1 · +7 days');
    const second = await page.request.patch(`/api/deals/${deal.id}`, { headers: sameOrigin(), data: { version: deal.version + 1, expectedCloseDate: addDays(deal.expectedCloseDate!, 14) } });
    expect(second.status()).toBe(200);
    await expect(card(page, deal.id)).toContainText('pushed ×2 · +14 days');

    await page.getByRole('checkbox', { name: 'Slipping' }).check();
    await expect(card(page, deal.id)).toHaveCount(1);
    await expect(card(page, calm.id)).toHaveCount(0);
    await expect(page.getByText(/^Showing \d+ of \d+ deals/)).toBeVisible();

    // The details list each push.
    await card(page, deal.id).locator('.deal-card-body').click();
    const pushes = page.getByTestId('deal-pushes');
    await expect(pushes.getByRole('listitem')).toHaveCount(2);
    await expect(pushes).toContainText('Pushed 7 days');
  });

  test('a call logged with the keyboard on a stale card clears its stale flag', async ({ page }) => {
    const board = await readTeamBoard(page.request, teamId);
    const team = board.teams[0]!;
    const now = Date.now();
    const stale = openDealsFromTheEnd(board).find(
      (deal) => !deal.lastActivityAt && now - Date.parse(deal.stageChangedAt) >= (team.staleAfterDays + 1) * 86_400_000,
    );
    expect(stale, 'the demo has a stale open deal').toBeDefined();
    await openBoard(page, teamId);
    const body = card(page, stale!.id).locator('.deal-card-body');
    await expect(card(page, stale!.id).locator('.deal-badge[data-tone="stale"]')).toHaveText('Stale');

    await body.focus();
    await page.keyboard.press('l');
    const dialog = page.getByTestId('log-activity-dialog');
    await expect(dialog.getByRole('radio', { name: 'Call' })).toBeChecked();
    await dialog.getByRole('textbox', { name: /A line about it/ }).fill('Spoke to the CFO about timing');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(card(page, stale!.id).locator('.deal-badge[data-tone="stale"]')).toHaveCount(0);

    const history = (await (await page.request.get(`/api/deals/${stale!.id}`)).json()) as { history: { type: string }[] };
    expect(history.history.at(-1)?.type).toBe('ACTIVITY_LOGGED');
  });

  test('a champion marked gone flags the deal and shows in the standup', async ({ page }) => {
    const stamp = Date.now().toString(36);
    const champion = `Dana Champion ${stamp}`;
    const board = await readTeamBoard(page.request, teamId);
    const deal = openDealsFromTheEnd(board).find((candidate) => (candidate.contacts ?? []).length === 0 && candidate.stage !== 'BACKLOG')!;
    const owner = board.lanes.find((lane) => lane.userId === deal.ownerId)!;
    await openBoard(page, teamId);
    await card(page, deal.id).locator('.deal-card-body').click();
    const details = page.getByTestId('deal-details');
    await details.getByRole('textbox', { name: 'Name' }).fill(champion);
    await details.getByRole('textbox', { name: 'Role' }).fill('VP Engineering');
    await details.getByRole('button', { name: 'Add contact' }).click();
    await expect(details.getByTestId('deal-contacts')).toContainText(`${champion} · VP Engineering · Champion`);
    await details.getByRole('button', { name: `Mark ${champion} gone` }).click();
    await expect(details.getByText('Champion left: name a new champion.')).toBeVisible();
    await expect(card(page, deal.id).getByText('Champion left')).toBeVisible();

    await page.goto('/sprints');
    await expect(page).toHaveURL(new RegExp(`/sprints/${teamId}/[^/]+$`));
    await page.getByRole('link', { name: 'Run standup' }).click();
    await page.getByRole('navigation', { name: 'Reps' }).getByRole('button', { name: owner.name }).click();
    const atRisk = page.getByTestId('standup-at-risk');
    await expect(atRisk).toContainText(deal.account);
    await expect(atRisk).toContainText('Champion left');
    await expect(atRisk).toContainText(`${champion} has gone and no new champion is named.`);
  });
});
