import { expect, test } from './fixtures';

// The Forecast page on the seeded demo: the fan chart draws its P10–P90 band, and a
// planned hire added beside it moves the forecast (the months after their start gain a
// planned-hires share and a higher median).

const moneyValue = (text: string | null) => Number((text ?? '').replace(/[^0-9.-]/g, ''));

test('the forecast shows bands, and adding a planned hire moves it', async ({ page, signIn }) => {
  // Two simulations of the demo's two years (10,000 runs each) on a shared 2-core machine.
  test.setTimeout(180_000);
  await signIn('admin');
  await page.goto('/forecast');
  await expect(page.getByRole('heading', { level: 1, name: 'Forecast' })).toBeVisible();
  const band = page.getByTestId('forecast-fan').locator('.forecast-band path');
  await expect(band.first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('link', { name: 'Forecast' })).toHaveAttribute('aria-current', 'page');

  const table = page.getByTestId('forecast-table');
  const lastRow = table.locator('tbody tr').last();
  const lastMonth = (await lastRow.locator('th').textContent()) ?? '';
  const hiresBefore = moneyValue(await page.getByTestId(`hires-${lastMonth}`).textContent());
  const medianBefore = moneyValue(await page.getByTestId(`median-${lastMonth}`).textContent());

  const form = page.getByRole('form', { name: 'Add a planned hire' });
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('Start date').fill(tomorrow);
  await form.getByLabel('How many').fill('8');
  await form.getByRole('button', { name: 'Add planned hire' }).click();

  await expect.poll(async () => moneyValue(await page.getByTestId(`hires-${lastMonth}`).textContent()), { timeout: 60_000 }).toBeGreaterThan(hiresBefore);
  expect(moneyValue(await page.getByTestId(`median-${lastMonth}`).textContent())).toBeGreaterThan(medianBefore);
  await expect(page.getByRole('list').filter({ hasText: '8 hires for' })).toBeVisible();
});

test('a rep sees their own and their team’s forecast, and cannot plan hires', async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn('rep');
  await page.goto('/forecast');
  const scopes = page.getByLabel('Forecast for');
  await expect(scopes).toBeVisible({ timeout: 60_000 });
  const options = await scopes.locator('option').allTextContents();
  expect(options).toHaveLength(2);
  expect(options.some((option) => option.endsWith('(team)'))).toBe(true);
  expect(options.some((option) => option.endsWith('(rep)'))).toBe(true);
  await expect(page.getByRole('form', { name: 'Add a planned hire' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run the backtest' })).toHaveCount(0);
});
