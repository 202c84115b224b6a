import { defineConfig } from '@playwright/test';

// The fault suite (`npm run test:faults`, docs/reliability.md): the real app on a
// PostgreSQL server the suite starts itself on a private port, which it then restarts,
// stops for 20 s, and under which it kills the app. No webServer: the tests own the
// processes. Debian's Chromium, as in playwright.config.ts.

export default defineConfig({
  testDir: 'tests/faults',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
