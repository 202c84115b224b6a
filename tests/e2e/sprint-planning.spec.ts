import { expect, signInThroughApi, test } from './fixtures';

// Planning ahead (issue #18 item 8): the sprint after the running one can be opened, and
// reps enter their forecast and commitments for it before it starts.

test('a rep opens the next sprint before it starts and commits to a deal in it; the lead sees it', async ({ page, signIn, browser }) => {
  const rep = await signIn('rep');
  await page.goto('/sprints');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('This week');
  const next = page.getByRole('link', { name: 'Next sprint →' });
  await expect(next).toBeVisible();
  await next.click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Upcoming');
  await expect(page.getByTestId('sprint-planning-note')).toContainText(/Planning ahead: this sprint starts on \w+/);
  // The sprint after it cannot be opened yet.
  await expect(page.getByText('Next sprint →')).toHaveAttribute('aria-disabled', 'true');

  const form = page.getByRole('form', { name: 'Your forecast' });
  await form.getByRole('textbox', { name: /Commit for the month/ }).fill('70000');
  await form.getByRole('textbox', { name: /Best case for the month/ }).fill('95000');
  const commitment = form.getByRole('combobox', { name: /^Commitment for / }).first();
  const dealName = ((await commitment.getAttribute('aria-label')) ?? '').replace(/^Commitment for /, '');
  const account = dealName.split(':')[0]!;
  await commitment.selectOption('CLOSE');
  await form.getByRole('button', { name: 'Save forecast' }).click();
  await expect(page.getByText(/Forecast saved at/)).toBeVisible();

  // Saved for this sprint: a reload keeps it, and the reps table shows it as open.
  const sprintUrl = page.url();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Your forecast' }).getByRole('combobox', { name: `Commitment for ${dealName}` })).toHaveValue('CLOSE');
  const repRow = page.getByRole('row', { name: new RegExp(rep.name) }).first();
  await expect(repRow).toContainText(account);
  await expect(repRow).toContainText('1 open');

  // The lead opens the same sprint and sees the rep's plan.
  const leadContext = await browser.newContext({ baseURL: new URL(sprintUrl).origin });
  const leadPage = await leadContext.newPage();
  await signInThroughApi(leadPage.request, 'lead');
  await leadPage.goto(sprintUrl);
  await expect(leadPage.getByRole('row', { name: new RegExp(rep.name) }).first()).toContainText(account);
  await leadContext.close();
});
