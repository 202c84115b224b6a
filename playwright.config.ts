import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the
// real app started the way `npm start` starts it, on a fresh embedded database that
// the first start seeds with the demo organisation.

const port = Number(process.env.E2E_PORT ?? 3100);
// The config is evaluated again in every worker; the data directory is chosen once.
process.env.CADENCE_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'cadence-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --max-semi-space-size=32 --import tsx src/cli/start.ts',
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000, // a cold build on two busy cores can take minutes
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: process.env.CADENCE_E2E_DATA_DIR,
      DATABASE_URL: '',
      REDIS_URL: '',
      NEXTAUTH_SECRET: 'e2e-secret-that-is-long-enough-for-next-auth-0123',
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
  },
});
