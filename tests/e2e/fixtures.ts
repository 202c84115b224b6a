import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { demoPassword, demoUsers } from './demo-users';

// Playwright fixtures shared by the end-to-end specs:
//
// - `signIn(role)` signs a demo user in through the API (next-auth's CSRF token, then the
//   credentials callback) on the page's own request context, so the session cookie lands
//   in the browser context. Only sign-in.spec.ts goes through the form.
// - `apiAs(role)` is a separate API client signed in as another demo user: "someone else"
//   changing the board while the test's browser looks at it.
// - Every page fails its test on a stray console error or uncaught exception; a test that
//   expects one (a refused request shows up as "Failed to load resource") says so with
//   `allowConsoleErrors(/pattern/)`.

export type DemoRole = keyof typeof demoUsers;
export type DemoUser = { id: string; name: string; email: string; role: 'REP' | 'LEAD' | 'MANAGER' | 'ADMIN'; teamId: string | null };

export async function signInThroughApi(request: APIRequestContext, role: DemoRole): Promise<DemoUser> {
  const csrf = await request.get('/api/auth/csrf');
  expect(csrf.ok(), 'GET /api/auth/csrf').toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: demoUsers[role], password: demoPassword, callbackUrl: '/', json: 'true' },
  });
  expect(callback.status(), 'POST /api/auth/callback/credentials').toBeLessThan(400);
  const me = await request.get('/api/me');
  expect(me.status(), `${demoUsers[role]} should be signed in`).toBe(200);
  return ((await me.json()) as { user: DemoUser }).user;
}

/**
 * The Origin header a browser adds to its writes. The server refuses a cookie-signed
 * write without it (a forged form post could not send it), so API writes made from a
 * test's request context carry it too.
 */
export function sameOrigin(): { origin: string } {
  return { origin: new URL(test.info().project.use.baseURL!).origin };
}

/** The app has no favicon yet; the browser's request for one is not the test's business. */
const alwaysAllowed = [/Failed to load resource: .*404.*\/favicon\.ico/];

/** Collects console errors and uncaught exceptions of a page. */
export function watchForErrors(page: Page, allowed: readonly RegExp[]): () => string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url;
    errors.push(`console.error: ${message.text()}${source ? ` (${source})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return () => errors.filter((error) => ![...alwaysAllowed, ...allowed].some((pattern) => pattern.test(error)));
}

type Fixtures = {
  signIn: (role: DemoRole) => Promise<DemoUser>;
  apiAs: (role: DemoRole) => Promise<APIRequestContext>;
  allowConsoleErrors: (...patterns: RegExp[]) => void;
  allowedConsoleErrors: RegExp[];
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: async ({}, use) => {
    await use([]);
  },

  allowConsoleErrors: async ({ allowedConsoleErrors }, use) => {
    await use((...patterns) => {
      allowedConsoleErrors.push(...patterns);
    });
  },

  page: async ({ page, allowedConsoleErrors }, use) => {
    const errors = watchForErrors(page, allowedConsoleErrors);
    await use(page);
    expect(errors(), 'the page logged errors').toEqual([]);
  },

  signIn: async ({ page }, use) => {
    await use((role) => signInThroughApi(page.request, role));
  },

  apiAs: async ({ baseURL }, use) => {
    const contexts: APIRequestContext[] = [];
    await use(async (role) => {
      const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL!).origin } });
      contexts.push(context);
      await signInThroughApi(context, role);
      return context;
    });
    await Promise.all(contexts.map((context) => context.dispose()));
  },
});

export { expect };
