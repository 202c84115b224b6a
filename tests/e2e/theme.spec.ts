import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Dark mode (issue #18): the app follows the system's colour scheme, a choice in the
// profile overrides it (remembered, and in the very first response, so no flash of the
// wrong theme), and the main pages pass axe-core's checks (contrast included) with no
// serious or critical violation in either scheme.

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // label-content-name-mismatch (wcag21a) runs too: the deal cards and the wall's bars
    // are named by their own text, so what is heard contains what is seen.
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`)
          .join(' | ')}`,
    );
}

/** The background colour the page is painted with. */
function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`board, wall, standup and administration pass axe in the ${colorScheme} scheme`, async ({ page, signIn }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const lead = await signIn('lead');
    const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
      { path: `/board/team/${lead.teamId}`, ready: (page) => expect(page.getByTestId('board-connection')).toHaveText('Live') },
      { path: '/wall', ready: (page) => expect(page.locator('.wall-bar').first()).toBeVisible() },
      { path: '/sprints', ready: (page) => expect(page.getByRole('link', { name: 'Run standup' })).toBeVisible() },
      { path: 'standup', ready: (page) => expect(page.getByText(/^Rep 1 of \d+/)).toBeVisible() },
      { path: '/admin/teams', ready: (page) => expect(page.getByRole('table').first()).toBeVisible() },
      { path: '/admin/goals', ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible() },
    ];
    const found: string[] = [];
    let sprintPath = '';
    for (const { path, ready } of pages) {
      await page.goto(path === 'standup' ? `${sprintPath}/standup` : path);
      await ready(page);
      if (path === '/sprints') sprintPath = new URL(page.url()).pathname;
      const isDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(isDark).toBe(colorScheme === 'dark');
      expect(await pageBackground(page)).toBe(colorScheme === 'dark' ? 'rgb(15, 18, 22)' : 'rgb(245, 246, 248)');
      found.push(...(await seriousViolations(page)).map((violation) => `${page.url()}: ${violation}`));
    }
    expect(found).toEqual([]);
  });
}

test('a theme chosen in the profile wins over the system and arrives with the first response', async ({ page, signIn }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await signIn('rep');
  await page.goto('/settings/profile');
  await expect(page.getByRole('radio', { name: 'As the system is set' })).toBeChecked();
  expect(await pageBackground(page)).toBe('rgb(245, 246, 248)');

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBe('rgb(15, 18, 22)');

  // Another page, loaded afresh: dark in the server's HTML itself, before any script runs.
  const html = await (await page.request.get('/wall')).text();
  expect(html).toMatch(/<html[^>]*data-theme="dark"/);
  await page.goto('/wall');
  expect(await pageBackground(page)).toBe('rgb(15, 18, 22)');

  // Light on a dark system, then back to following the system.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/settings/profile');
  await page.getByRole('radio', { name: 'Light' }).check();
  expect(await pageBackground(page)).toBe('rgb(245, 246, 248)');
  await page.getByRole('radio', { name: 'As the system is set' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await pageBackground(page)).toBe('rgb(15, 18, 22)');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'As the system is set' })).toBeChecked();
});
