import { expect, test } from './fixtures';

// Board filters in the address (issue #18): a filtered board can be shared as a link and
// opens filtered, and the browser's Back button undoes filters and month changes.

test('filters and the completed month live in the address: shared links open filtered, Back undoes', async ({ page, signIn, browser }) => {
  const lead = await signIn('lead');
  const boardPath = `/board/team/${lead.teamId}`;
  await page.goto(boardPath);
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
  const count = page.locator('.board-filter-count');
  await expect(count).toHaveText(/^\d+ deals$/);

  const noteworthy = page.getByRole('checkbox', { name: 'Noteworthy only' });
  await noteworthy.check();
  await expect(page).toHaveURL(/[?&]noteworthy=1/);
  const rep = page.getByRole('combobox', { name: 'Rep' });
  const firstRep = await rep.locator('option').nth(1).getAttribute('value');
  await rep.selectOption(firstRep!);
  await expect(page).toHaveURL(new RegExp(`[?&]rep=${firstRep}`));
  const search = page.getByRole('searchbox', { name: 'Search deals' });
  await search.fill('zz-no-such-deal');
  await expect(page).toHaveURL(/[?&]q=zz-no-such-deal/);
  await expect(count).toHaveText(/^Showing 0 of \d+ deals/);

  // The address opens the same filtered board in another browser (a shared link).
  const shared = page.url();
  const other = await browser.newContext({ baseURL: new URL(shared).origin });
  const otherPage = await other.newPage();
  const { signInThroughApi } = await import('./fixtures');
  await signInThroughApi(otherPage.request, 'manager');
  await otherPage.goto(shared);
  await expect(otherPage.getByRole('checkbox', { name: 'Noteworthy only' })).toBeChecked();
  await expect(otherPage.getByRole('searchbox', { name: 'Search deals' })).toHaveValue('zz-no-such-deal');
  await expect(otherPage.getByRole('combobox', { name: 'Rep' })).toHaveValue(firstRep!);
  await expect(otherPage.locator('.board-filter-count')).toHaveText(/^Showing 0 of \d+ deals/);
  await other.close();

  // Back undoes one step at a time: the search (however many letters), then the rep.
  await page.goBack();
  await expect(search).toHaveValue('');
  await expect(rep).toHaveValue(firstRep!);
  await expect(page).not.toHaveURL(/[?&]q=/);
  await page.goBack();
  await expect(rep).toHaveValue('');
  await expect(noteworthy).toBeChecked();
  await page.goForward();
  await expect(rep).toHaveValue(firstRep!);

  // Clearing, then the Completed month: a step back shows the month before again.
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).not.toHaveURL(/noteworthy|rep=/);
  const month = page.getByLabel('Completed month');
  const currentMonth = await month.inputValue();
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page).toHaveURL(/[?&]completedMonth=\d{4}-\d{2}/);
  const previousMonth = await month.inputValue();
  expect(previousMonth).not.toBe(currentMonth);
  await page.goBack();
  await expect(month).toHaveValue(currentMonth);
  await expect(page.getByRole('checkbox', { name: 'Noteworthy only' })).not.toBeChecked();
  // Reloading keeps what the address says.
  await page.goForward();
  await expect(month).toHaveValue(previousMonth);
  await page.reload();
  await expect(page.getByLabel('Completed month')).toHaveValue(previousMonth);
  expect(new URL(page.url()).pathname).toBe(boardPath);
});
