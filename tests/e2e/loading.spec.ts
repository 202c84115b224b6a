import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

// Loading feedback (issue #18): on a slow link every page of the main navigation shows
// its placeholder at once and a progress bar runs along the top until the page is
// there; and no page logs Chromium's "preloaded but not used" warning for a stylesheet.

/**
 * Holds back every page navigation's request to the server (not prefetches) by
 * `milliseconds`, and counts how many have been let through.
 */
async function slowNavigations(page: Page, milliseconds: number): Promise<{ released: () => number }> {
  let released = 0;
  await page.route('**/*', async (route) => {
    const headers = route.request().headers();
    const isNavigation = headers.rsc === '1' && !headers['next-router-prefetch'];
    if (isNavigation) {
      await new Promise((resolve) => setTimeout(resolve, milliseconds));
      released += 1;
    }
    await route.fallback();
  });
  return { released: () => released };
}

/**
 * Follows the router's prefetch requests (a page's prefetch is several requests: its route
 * tree, then its segments). `settled(path)` is true once `path` has been prefetched and no
 * prefetch has been in flight for a moment.
 */
function watchPrefetches(page: Page): { settled: (path: string) => boolean } {
  const inFlight = new Set<object>();
  const seen = new Set<string>();
  let quietSince = Date.now();
  const isPrefetch = (request: Request) => Boolean(request.headers()['next-router-prefetch']);
  page.on('request', (request) => {
    if (!isPrefetch(request)) return;
    inFlight.add(request);
    seen.add(new URL(request.url()).pathname);
  });
  const done = (request: Request) => {
    if (inFlight.delete(request) && inFlight.size === 0) quietSince = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { settled: (path) => seen.has(path) && inFlight.size === 0 && Date.now() - quietSince > 300 };
}

const destinations = [
  { link: 'Board', path: /\/board\/team\// },
  { link: 'Wall', path: /\/wall$/ },
  // /sprints only redirects to the current sprint (its own placeholder would turn the
  // redirect into a meta refresh): the bar runs, then the sprint's page comes.
  { link: 'Sprints', path: /\/sprints\/[^/]+\/[^/]+$/, redirects: true },
  { link: 'Forecast', path: /\/forecast$/ },
  { link: 'Notes', path: /\/notes$/ },
  { link: 'My day', path: /\/my-day$/ },
  { link: 'Admin', path: /\/admin$/ },
  { link: 'TV links', path: /\/settings\/wallboards$/ },
  { link: 'Profile', path: /\/settings\/profile$/ },
  { link: 'API tokens', path: /\/settings\/tokens$/ },
  { link: 'Home', path: /:\d+\/$/ },
];

test('every page of the main navigation shows its placeholder and the progress bar at once on a slow link', async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn('lead');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const slow = await slowNavigations(page, 3_000);
  const prefetches = watchPrefetches(page);
  const navigation = page.getByRole('navigation', { name: 'Main' });
  const progress = page.getByTestId('navigation-progress');
  for (const { link, path, redirects } of destinations) {
    const target = navigation.getByRole('link', { name: link, exact: true });
    // Hovering prefetches the page's loading state, as a pointer on its way to the link
    // would (links prefetch on intent, decision 029); the click comes once it is there.
    const href = new URL((await target.getAttribute('href'))!, page.url()).pathname;
    await target.hover();
    await expect.poll(() => prefetches.settled(href), { message: `${link}: its prefetch settles`, timeout: 15_000 }).toBe(true);
    const releasedBefore = slow.released();
    await target.click();
    await expect(progress, `${link}: the bar runs`).toHaveAttribute('data-state', 'loading', { timeout: 500 });
    if (!redirects) {
      await expect(page.locator('main [data-placeholder]').first(), `${link}: its placeholder shows`).toBeVisible({ timeout: 1_000 });
      expect(slow.released(), `${link}: the placeholder showed before the server was even asked for the page`).toBe(releasedBefore);
    }
    await expect(page).toHaveURL(path, { timeout: 15_000 });
    await expect(page.locator('main [data-placeholder]'), `${link}: the page replaces its placeholder`).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(progress, `${link}: the bar finishes`).not.toHaveAttribute('data-state', 'loading');
  }
});

test('no page logs that a stylesheet was preloaded but not used', async ({ page, signIn }) => {
  test.setTimeout(90_000);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/preloaded using link preload but not used/.test(message.text())) warnings.push(`${page.url()}: ${message.text()}`);
  });
  const lead = await signIn('lead');
  // Pages whose links reach every other page: each waits past Chromium's "few seconds".
  for (const path of ['/', `/board/team/${lead.teamId}`, '/wall', '/admin', '/notes', '/settings/profile']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.mouse.move(10, 10);
    await page.waitForTimeout(4_500);
  }
  expect(warnings).toEqual([]);
});
