import { expect, test } from '@playwright/test';

// The API reference at /api/docs: Redoc, served by the app itself, renders the OpenAPI
// document. Nothing is fetched from another host (no CDN).

test('the API reference renders the document from this server alone', async ({ page, request }) => {
  // Redoc's footer asks its CDN for a logo, which the page's Content-Security-Policy blocks;
  // nothing from another host may arrive, and no telemetry may even be attempted.
  const isForeign = (url: string) => /^https?:/.test(url) && !['localhost', '127.0.0.1'].includes(new URL(url).hostname);
  const foreign: string[] = [];
  const attempted: string[] = [];
  page.on('request', (sent) => {
    if (isForeign(sent.url())) attempted.push(sent.url());
  });
  page.on('requestfinished', (finished) => {
    if (isForeign(finished.url())) foreign.push(finished.url());
  });
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: /Cadence API/ }).first()).toBeVisible({ timeout: 30_000 });
  // One entry per tag in the navigation; a tag's page lists its operations.
  for (const tag of ['Deals', 'Boards', 'Wall', 'Sprints', 'Admin', 'Tokens']) {
    await expect(page.getByRole('link', { name: tag, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Deals', exact: true }).click();
  await expect(page.getByText('Move a deal').first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(attempted.filter((url) => !url.startsWith('https://cdn.redoc.ly/'))).toEqual([]);

  // Wrong methods answer 405 with Allow, TRACE included, from the custom server.
  const wrong = await request.fetch('/api/me', { method: 'PUT' });
  expect(wrong.status()).toBe(405);
  expect(wrong.headers()['allow']).toBe('GET, HEAD, OPTIONS');
});
