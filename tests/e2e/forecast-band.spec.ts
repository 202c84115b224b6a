import { expect, test } from './fixtures';

// The revenue simulation on the 2D burn-down of the seeded demo: asked for, this month's
// P10–P90 is drawn as a band from today to the month end and said in words; the wall's
// own lines stay as they were. A rep asking on the company's chart is told why not.

test('a lead’s team burn-down shows the simulated P10–P90 band on request', async ({ page, signIn }) => {
  // The simulation of the demo's two years (10,000 runs) on a shared 2-core machine.
  test.setTimeout(180_000);
  const lead = await signIn('lead');
  await page.goto(`/wall/burn-down/team/${lead.teamId}`);
  const chart = page.getByTestId('burn-down-chart');
  await expect(chart.locator('.burn-down-line-actual path.recharts-line-curve')).toBeVisible();
  await expect(chart.locator('.burn-down-band path')).toHaveCount(0);

  await page.getByLabel('Show the simulated range (P10–P90)').check();
  await expect(page.getByTestId('burn-down-simulated')).toContainText('Simulated month end (P10–P90 of 10,000 runs): from', { timeout: 120_000 });
  await expect(chart.locator('.burn-down-band path').first()).toBeVisible();
  await expect(chart.locator('.burn-down-line-projected path.recharts-line-curve')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Lines' })).toContainText('Simulated month end');

  await page.getByLabel('Show the simulated range (P10–P90)').uncheck();
  await expect(chart.locator('.burn-down-band path')).toHaveCount(0);
});

test('a rep asking for the company’s simulated range is told it is beyond what they see', async ({ page, signIn, allowConsoleErrors }) => {
  test.setTimeout(180_000);
  allowConsoleErrors(/Failed to load resource: .*403/);
  await signIn('rep');
  await page.goto('/wall/burn-down/company/company');
  await expect(page.getByTestId('burn-down-chart')).toBeVisible();
  await page.getByLabel('Show the simulated range (P10–P90)').check();
  await expect(page.getByRole('alert').filter({ hasText: 'The simulation is not available' })).toContainText('The simulation is not available: Reps and leads see the forecast of their own team and themselves only.', { timeout: 120_000 });
});
