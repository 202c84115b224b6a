import { companyTotals, rollUpTotals } from '../../src/domain/admin/goal-grid';
import { formatMoney, toMinorUnits } from '../../src/domain/money';
import type { TGoalGrid } from '../../src/schemas/admin';
import { expect, sameOrigin, test } from './fixtures';

// Administration on the seeded demo: the goal grid's totals (company total included)
// follow what is typed, a
// past month needs a confirmation, and a rep is told plainly that administration is not
// for them.

function monthKeyOffset(offset: number): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getFullYear(), now.getMonth() + offset, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

test('an admin edits goals in the grid: totals follow the typing, and a past month asks first', async ({ page, signIn, allowConsoleErrors }) => {
  // The first save of a past month is answered 409 on purpose: the page then asks.
  allowConsoleErrors(/409 \(Conflict\).*\/api\/admin\/goals/);
  await signIn('admin');
  await page.goto('/admin/goals');
  await expect(page.getByRole('heading', { name: 'Goals' })).toBeVisible();
  // It opens on the first team.
  await expect(page.getByLabel('Goals of')).toHaveValue(/^team:/);
  const scope = await page.getByLabel('Goals of').inputValue();
  const teamId = scope.slice('team:'.length);

  // The same grid the page shows, read from the API, to know what the totals should be.
  const from = monthKeyOffset(-1);
  const to = monthKeyOffset(2);
  const reply = await page.request.get(`/api/admin/goals?teamId=${teamId}&from=${from}&to=${to}`);
  expect(reply.status()).toBe(200);
  const grid = (await reply.json()) as TGoalGrid;
  const row = grid.rows[0]!;
  const current = grid.currentMonth;
  const previous = grid.months[grid.months.indexOf(current) - 1]!;
  const money = (amountMinor: number) => formatMoney(amountMinor, grid.currency, grid.locale);
  const cell = (month: string) => page.locator(`#goal-cell-0-${grid.months.indexOf(month)}`);

  const teamTotal = page.getByTestId(`team-total-${teamId}-${current}`);
  await expect(teamTotal).toHaveText(money(rollUpTotals(grid).teams[teamId]![current]!));
  await expect(page.getByRole('rowheader', { name: 'Team total' })).toBeVisible();

  // The company total adds the other teams' and offices' goals, in the reporting currency.
  const companyMoney = (amountMinor: number) => formatMoney(amountMinor, grid.company.currency, grid.company.locale);
  const companyTotal = page.getByTestId(`company-total-${current}`);
  const companyBefore = companyTotals(grid, grid.company)[current] ?? null;
  expect(companyBefore, 'the demo has exchange rates for this month').not.toBeNull();
  await expect(page.getByRole('rowheader', { name: `Company total (${grid.company.currency})` })).toBeVisible();
  await expect(companyTotal).toHaveText(companyMoney(companyBefore!));

  // Typing a new goal moves the team total at once, before anything is saved.
  const newGoal = 123_456;
  await cell(current).fill(String(newGoal));
  const edited = { ...grid, rows: grid.rows.map((each, index) => (index === 0 ? { ...each, cells: { ...each.cells, [current]: toMinorUnits(newGoal, grid.currency) } } : each)) };
  await expect(teamTotal).toHaveText(money(rollUpTotals(edited).teams[teamId]![current]!));
  await expect(page.getByTestId(`row-total-${row.userId}`)).toHaveText(money(rollUpTotals(edited).rows[row.userId]!));
  // …and the company total with it.
  const companyAfter = companyTotals(edited, grid.company)[current]!;
  expect(companyAfter).not.toBe(companyBefore);
  await expect(companyTotal).toHaveText(companyMoney(companyAfter));

  // Arrow keys move between cells.
  await cell(current).press('ArrowDown');
  await expect(page.locator(`#goal-cell-1-${grid.months.indexOf(current)}`)).toBeFocused();

  // Something that is not an amount is flagged and cannot be saved.
  await cell(previous).fill('lots');
  await expect(cell(previous)).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByText('Fix the 1 highlighted cell(s) before saving.')).toBeVisible();

  // A past month's change is sent only once confirmed.
  const originalPrevious = row.cells[previous] ?? null;
  const pastGoal = 7_777;
  await cell(previous).fill(String(pastGoal));
  await page.getByRole('button', { name: 'Save 2 changes' }).click();
  const confirm = page.getByTestId('past-months-dialog');
  await expect(confirm).toContainText('ended');
  await confirm.getByRole('button', { name: 'Change past goals' }).click();
  await expect(page.getByText('Saved 2 goal(s).')).toBeVisible();
  await expect(cell(current)).toHaveValue(String(newGoal));

  const saved = (await (await page.request.get(`/api/admin/goals?teamId=${teamId}&from=${from}&to=${to}`)).json()) as TGoalGrid;
  expect(saved.rows[0]!.cells[current]).toBe(toMinorUnits(newGoal, grid.currency));
  expect(saved.rows[0]!.cells[previous]).toBe(toMinorUnits(pastGoal, grid.currency));

  // Put the demo back as it was for the other specs.
  const restore = await page.request.put('/api/admin/goals', {
    headers: sameOrigin(),
    data: {
      confirmPastMonths: true,
      changes: [
        { userId: row.userId, month: current, amountMinor: row.cells[current] ?? null },
        { userId: row.userId, month: previous, amountMinor: originalPrevious },
      ],
    },
  });
  expect(restore.status()).toBe(200);
});

test('a rep who opens administration is told it is not for them', async ({ page, signIn }) => {
  await signIn('rep');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByTestId('not-allowed')).toContainText('Your role does not allow you');
  await expect(page.getByRole('navigation', { name: 'Administration' })).toHaveCount(0);
  await page.goto('/admin/people');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('a lead sees only the teams and goals of administration', async ({ page, signIn }) => {
  await signIn('lead');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/teams$/);
  const menu = page.getByRole('navigation', { name: 'Administration' });
  await expect(menu.getByRole('link')).toHaveText(['Teams', 'Goals']);
  await expect(page.getByRole('button', { name: 'New team' })).toHaveCount(0);
  await page.goto('/admin/offices');
  await expect(page.getByTestId('not-allowed')).toBeVisible();
});
