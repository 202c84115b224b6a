import type { Page } from '@playwright/test';
import type { TBoard, TDealCard } from '@/schemas/deal';
import { localDateOf, zonedTimeToInstant } from '@/domain/calendar';
import { expect, sameOrigin, test } from './fixtures';

// The small wrongs of issue #18 item 9 that a rep or a lead would notice: a card's age in
// the office's days, commitments met/missed/open apart, one tag however it is spelt, and
// a projection that says what it is made of.

async function teamBoard(page: Page, teamId: string): Promise<TBoard> {
  const response = await page.request.get(`/api/boards/team/${teamId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { board: TBoard }).board;
}

test('a card moved yesterday evening reads "since yesterday" the next morning, as its tooltip date says', async ({ page, signIn }) => {
  const lead = await signIn('lead');
  const teamId = lead.teamId!;
  const board = await teamBoard(page, teamId);
  const timeZone = board.teams.find((team) => team.id === teamId)!.timeZone;
  const lane = board.lanes[2]!;
  const created = await page.request.post('/api/deals', {
    headers: sameOrigin(),
    data: { account: `Age Check ${Date.now()}`, title: 'Overnight', amountMinor: 50_000, stage: 'TODO', ownerId: lane.userId, idempotencyKey: crypto.randomUUID() },
  });
  expect(created.status()).toBe(201);
  const deal = ((await created.json()) as { deal: TDealCard }).deal;

  // Five minutes past the next midnight in the office: under 24 hours later, but the next day.
  const entered = localDateOf(new Date(deal.stageChangedAt), timeZone);
  const nextDay = new Date(Date.UTC(entered.year, entered.month - 1, entered.day + 1));
  const morning = zonedTimeToInstant({ year: nextDay.getUTCFullYear(), month: nextDay.getUTCMonth() + 1, day: nextDay.getUTCDate(), minutes: 5 }, timeZone);
  await page.clock.setFixedTime(morning);

  await page.goto(`/board/team/${teamId}`);
  await expect(page.getByTestId('board')).toHaveAttribute('data-hydrated', 'true');
  const age = page.locator(`[data-deal-id="${deal.id}"] .deal-card-age`);
  await expect(age).toHaveText('since yesterday');
  // The tooltip names the day before (its day of the month), not today.
  await expect(age).toHaveAttribute('title', new RegExp(`since \\D*(\\d+\\D+)?0?${entered.day}\\b`));
  await expect(page.locator(`[data-deal-id="${deal.id}"]`).getByRole('button', { name: /in To do since yesterday/ })).toBeVisible();
});

test('sprint history shows commitments met, missed and open apart', async ({ page, signIn }) => {
  const lead = await signIn('lead');
  await page.goto(`/sprints/${lead.teamId}/history`);
  const table = page.locator('table.history-table');
  await expect(table.getByRole('columnheader')).toHaveText(['Sprint', 'Revenue won', 'Deals won', 'Deals lost', 'Commitments met', 'Missed', 'Open']);
  // The demo's past sprints have decided commitments: each row's three counts are numbers.
  const firstPast = table.locator('tbody tr').nth(1);
  await expect(firstPast.getByTestId('history-met')).toHaveText(/^\d+( \(\d+% of decided\))?$/);
  await expect(firstPast.getByTestId('history-missed')).toHaveText(/^\d+$/);
  await expect(firstPast.getByTestId('history-open')).toHaveText(/^\d+$/);
  await expect(table).not.toContainText(/\d+ of \d+ \(/);
});

test('a note tag typed without its dash is saved under the spelling in use, which the form suggests', async ({ page, signIn }) => {
  await signIn('lead');
  await page.goto('/sprints');
  await page.getByRole('link', { name: 'Retrospective' }).click();
  const noteForm = page.getByRole('form', { name: 'Add note' });
  const tags = noteForm.getByRole('textbox', { name: 'Tags' });
  await tags.fill('pricing, Multithr');
  const suggestions = noteForm.getByRole('group', { name: 'Tags in use' });
  await expect(suggestions.getByRole('button', { name: /^#multi-threading/ })).toBeVisible();
  await suggestions.getByRole('button', { name: /^#multi-threading/ }).click();
  await expect(tags).toHaveValue('pricing, multi-threading, ');

  // Typed without the dash, the tag still lands under the spelling in use.
  const text = `Talked to three people at the account ${Date.now()}`;
  await noteForm.getByRole('textbox', { name: 'Note' }).fill(text);
  await tags.fill('MultiThreading');
  await noteForm.getByRole('button', { name: 'Add note' }).click();
  const note = page.locator('.note').filter({ hasText: text });
  await expect(note.getByRole('link', { name: '#multi-threading' })).toBeVisible();
  await note.getByRole('link', { name: '#multi-threading' }).click();
  await expect(page).toHaveURL(/\/notes\?tag=multi-threading/);
  await expect(page.getByText(text)).toBeVisible();
});

test("the wall's projected figure says what it is made of, on hover and in the bar's burn-down", async ({ page, signIn }) => {
  await signIn('manager');
  await page.goto('/wall');
  const bar = page.getByRole('button', { name: /^NY Enterprise · / });
  const projected = bar.locator('.wall-bar-projected');
  await expect(projected).toHaveAttribute('title', /^Projected \$[\d.]+[KM]? = \$[\d.]+[KM]? won \+ \$[\d.]+[KM]? weighted open/);
  await bar.click();
  const parts = page.getByRole('dialog', { name: 'NY Enterprise' }).getByTestId('projection-parts');
  await expect(parts).toBeVisible();
  await expect(parts.getByRole('row')).toHaveText([/^Won so far/, /^\+ In progress/, /^\+ To do/, /^\+ Backlog/, /^= Projected/]);
  await expect(parts.getByRole('row', { name: /In progress/ })).toContainText(/open deals?, \$[\d,]+ × \d+%|no open deals/);
});
