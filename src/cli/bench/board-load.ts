import { chromium } from '@playwright/test';
import { describeSamples } from './statistics';

// A board's load in Chromium, for bench:board and bench:scale: from navigation to the
// first card painted, to the board hydrated (interactive) and to its socket live.
//
// The moments are taken in the page. A script that runs before the page's own notes
// `performance.now()` (milliseconds since the navigation started) when each state first
// appears. Waiting for them with Playwright's locators alone would time Playwright's
// polling instead: a locator is checked 0, 20, 70, 170 and 270 ms after the wait starts
// and then every 500 ms, so a board hydrated at 650 ms read as 1,050-1,250 ms
// (docs/decisions/032).

type BoardMoments = { firstCard?: number; hydrated?: number; live?: number };

/**
 * Runs in the page before its scripts: notes when the first card is painted, the board
 * hydrates and its socket is live. Playwright sends it as source text, so it names no
 * inner function (tsx would wrap a named one in a helper the page does not have).
 */
function noteBoardMoments(): void {
  const moments: BoardMoments = {};
  (window as unknown as { __boardMoments: BoardMoments }).__boardMoments = moments;
  new MutationObserver((_records, observer) => {
    if (moments.firstCard === undefined && document.querySelector('[data-testid="board"] article')) {
      moments.firstCard = Number.NaN;
      // The frame that shows the card is painted once its animation-frame callbacks have run.
      requestAnimationFrame(() => setTimeout(() => (moments.firstCard = performance.now()), 0));
    }
    if (moments.hydrated === undefined && document.querySelector('[data-testid="board"][data-hydrated="true"]')) moments.hydrated = performance.now();
    if (moments.live === undefined && document.querySelector('[data-testid="board-connection"][data-state="live"]')) moments.live = performance.now();
    if (moments.live !== undefined && moments.hydrated !== undefined && moments.firstCard !== undefined) observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-hydrated', 'data-state'] });
}

/**
 * Loads `path` `loads + 1` times in one signed-in Chromium tab (the first load warms the
 * server and is not counted) and describes each moment's samples, in ms from navigation.
 */
export async function measureBoardLoads(options: { baseUrl: string; path: string; loads: number; minimumCards?: number }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(noteBoardMoments);
    const page = await context.newPage();
    const csrf = (await (await page.request.get(`${options.baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
    const signIn = await page.request.post(`${options.baseUrl}/api/auth/callback/credentials`, {
      form: { csrfToken: csrf.csrfToken, email: 'admin@cadence.demo', password: 'cadence-demo', json: 'true' },
    });
    if (!signIn.ok()) throw new Error(`signing in answered ${signIn.status()}`);
    const samples = { firstByte: [] as number[], domContentLoaded: [] as number[], firstCard: [] as number[], interactive: [] as number[], live: [] as number[] };
    let cards = 0;
    for (let round = 0; round <= options.loads; round += 1) {
      await page.goto(`${options.baseUrl}${options.path}`, { waitUntil: 'commit' });
      const moments = await page.waitForFunction(
        () => {
          const noted = (window as unknown as { __boardMoments?: BoardMoments }).__boardMoments;
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          if (!noted || !navigation || !(noted.firstCard! >= 0 && noted.hydrated! >= 0 && noted.live! >= 0 && navigation.domContentLoadedEventEnd > 0)) return null;
          return { ...noted, firstByte: navigation.responseStart, domContentLoaded: navigation.domContentLoadedEventEnd, cards: document.querySelectorAll('[data-testid="board"] article').length };
        },
        undefined,
        { timeout: 60_000 },
      );
      const moment = (await moments.jsonValue()) as Required<BoardMoments> & { firstByte: number; domContentLoaded: number; cards: number };
      cards = moment.cards;
      if (options.minimumCards !== undefined && cards < options.minimumCards) throw new Error(`the board shows ${cards} cards, expected ${options.minimumCards}`);
      // The first load warms the server's code paths; it is not counted.
      if (round === 0) continue;
      samples.firstByte.push(moment.firstByte);
      samples.domContentLoaded.push(moment.domContentLoaded);
      samples.firstCard.push(moment.firstCard);
      samples.interactive.push(moment.hydrated);
      samples.live.push(moment.live);
    }
    return {
      firstByte: describeSamples(samples.firstByte),
      domContentLoaded: describeSamples(samples.domContentLoaded),
      firstCard: describeSamples(samples.firstCard),
      interactive: describeSamples(samples.interactive),
      live: describeSamples(samples.live),
      cards,
    };
  } finally {
    await browser.close();
  }
}
