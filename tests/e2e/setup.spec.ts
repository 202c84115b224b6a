import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { formatMoney } from '../../src/domain/money';
import { expect, test } from './fixtures';

// From an empty database to a working team: a second Cadence, started here on its own
// fresh PostgreSQL database (an empty PostgreSQL database is not seeded, unlike the
// embedded one), is set up through /setup, given an office with a holiday, a team, a
// lead and two reps who set their own passwords, and goals for this month; then the
// wall and the board show them.

const port = Number(process.env.E2E_SETUP_PORT ?? 3101);
const baseURL = `http://127.0.0.1:${port}`;
const serverUrl = process.env.E2E_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databaseName = `cadence_e2e_setup_${process.pid}_${Date.now()}`;
const databaseUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

let app: ChildProcess | null = null;
let appOutput = '';
let dataDirectory = '';

async function withServer<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (app?.exitCode !== null && app?.exitCode !== undefined) throw new Error(`The second app exited early:\n${appOutput.slice(-4000)}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The second app did not answer /api/health in time:\n${appOutput.slice(-4000)}`);
}

test.use({ baseURL });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  await withServer((client) => client.query(`CREATE DATABASE "${databaseName}"`));
  dataDirectory = mkdtempSync(path.join(tmpdir(), 'cadence-e2e-setup-'));
  app = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDirectory,
      DATABASE_URL: databaseUrl,
      REDIS_URL: '',
      NEXTAUTH_SECRET: 'e2e-setup-secret-that-is-long-enough-for-next-auth-42',
      NEXTAUTH_URL: baseURL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
  app.stderr?.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
  await waitForHealth(Date.now() + 280_000);
});

test.afterAll(async ({}, testInfo) => {
  testInfo.setTimeout(60_000);
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once('exit', resolve));
    app.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (app.exitCode === null) app.kill('SIGKILL');
  }
  await withServer((client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
  if (dataDirectory) rmSync(dataDirectory, { recursive: true, force: true });
});

/** The month as the grid labels it ("May 2026") and as the API keys it ("2026-05"), in Lisbon. */
function thisMonth(): { key: string; label: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Lisbon', year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  const year = Number(parts.find((part) => part.type === 'year')!.value);
  const month = Number(parts.find((part) => part.type === 'month')!.value);
  const label = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return { key: `${year}-${String(month).padStart(2, '0')}`, label };
}

test('an empty installation is set up in the browser, and its first team shows on the wall and the board', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const adminEmail = 'owner@atlantic.example';
  const adminPassword = 'first-admin-password';

  // Signed out, any page leads to sign-in; /setup asks for the first admin.
  await page.goto('/setup');
  await expect(page.getByRole('heading', { name: 'Set up Cadence' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Enter a name')).toBeVisible();
  await page.getByLabel('Your name').fill('Olivia Owner');
  await page.getByLabel('Email').fill(adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(adminPassword);
  await page.getByLabel('Password again').fill('something-else-entirely');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('The passwords do not match')).toBeVisible();
  await page.getByLabel('Password again').fill(adminPassword);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Organisation name').fill('Atlantic Sales');
  await page.getByLabel('Reporting currency').fill('EUR');
  await page.getByRole('button', { name: 'Finish setup' }).click();

  // Signed in as the new admin, in administration.
  await expect(page).toHaveURL(/\/admin\/offices$/, { timeout: 20_000 });
  await expect(page.getByTestId('signed-in-user')).toContainText('Olivia Owner');
  // Setup is a one-time thing.
  expect(((await (await page.request.get('/api/setup')).json()) as { needed: boolean }).needed).toBe(false);

  // An office in Lisbon, with a holiday.
  await page.getByRole('button', { name: 'New office' }).click();
  const officeDialog = page.getByTestId('office-dialog');
  await officeDialog.getByLabel('Name').fill('Lisbon');
  await officeDialog.getByLabel('Time zone').fill('Europe/Lisbon');
  await officeDialog.getByLabel('Locale').fill('en-GB');
  await officeDialog.getByLabel('Currency').fill('EUR');
  await officeDialog.getByRole('button', { name: 'Create office' }).click();
  await expect(page.getByText('Office Lisbon created.')).toBeVisible();
  const officeRow = page.getByRole('row', { name: /Lisbon/ });
  await expect(officeRow).toContainText('Europe/Lisbon');
  await expect(officeRow).toContainText('09:00–17:00');

  await page.getByRole('button', { name: 'Holidays of Lisbon' }).click();
  const holidays = page.getByTestId('holidays-dialog');
  const nextYear = new Date().getUTCFullYear() + 1;
  await holidays.getByLabel('Date').fill(`${nextYear}-04-25`);
  await holidays.getByLabel('Holiday name').fill('Freedom Day');
  await holidays.getByRole('button', { name: 'Add holiday' }).click();
  await expect(holidays.getByRole('row', { name: /Freedom Day/ })).toBeVisible();
  await holidays.getByRole('button', { name: 'Close' }).click();
  await expect(officeRow.getByRole('cell').nth(6)).toHaveText('1');

  // A team in that office.
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Teams' }).click();
  await page.getByRole('button', { name: 'New team' }).click();
  const teamDialog = page.getByTestId('team-dialog');
  await teamDialog.getByLabel('Name').fill('Atlantic Closers');
  await teamDialog.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('row', { name: /Atlantic Closers/ })).toContainText('Lisbon');

  // A lead and two reps, each with a one-time link to set their own password.
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'People' }).click();
  const people = [
    { name: 'Luis Lead', email: 'luis@atlantic.example', role: 'Team lead' },
    { name: 'Rita Rep', email: 'rita@atlantic.example', role: 'Rep' },
    { name: 'Rui Rep', email: 'rui@atlantic.example', role: 'Rep' },
  ];
  const links: string[] = [];
  for (const person of people) {
    await page.getByRole('button', { name: 'Invite person' }).click();
    const invite = page.getByTestId('invite-dialog');
    await invite.getByLabel('Name').fill(person.name);
    await invite.getByLabel('Email').fill(person.email);
    await invite.getByLabel('Role').selectOption({ label: person.role });
    await invite.getByLabel('Team').selectOption({ label: 'Atlantic Closers (Lisbon)' });
    await invite.getByRole('button', { name: 'Invite' }).click();
    const link = page.getByTestId('one-time-link');
    await expect(link).toHaveValue(new RegExp(`^${baseURL}/set-password/`));
    links.push(await link.inputValue());
    await page.getByTestId('link-dialog').getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('row', { name: new RegExp(person.name) })).toContainText('Invited');
  }

  // The lead leads the team.
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Teams' }).click();
  await page.getByRole('button', { name: 'Edit Atlantic Closers' }).click();
  await page.getByTestId('team-dialog').getByLabel('Lead').selectOption({ label: 'Luis Lead' });
  await page.getByTestId('team-dialog').getByRole('button', { name: 'Save team' }).click();
  await expect(page.getByRole('row', { name: /Atlantic Closers/ })).toContainText('Luis Lead');

  // Each person opens their link signed out and chooses a password; a link works once.
  for (const [index, link] of links.entries()) {
    const context = await browser.newContext();
    const invited = await context.newPage();
    await invited.goto(link);
    await expect(invited.getByRole('heading', { name: 'Welcome to Cadence' })).toBeVisible();
    await expect(invited.getByText(people[index]!.email)).toBeVisible();
    await invited.getByLabel('New password', { exact: true }).fill(`password-of-${index}-long`);
    await invited.getByLabel('New password again').fill(`password-of-${index}-long`);
    await invited.getByRole('button', { name: 'Set password' }).click();
    await expect(invited.getByRole('heading', { name: 'Password set' })).toBeVisible();
    if (index === 0) {
      await invited.goto(link);
      await expect(invited.getByRole('heading', { name: 'This link was already used' })).toBeVisible();
    }
    await context.close();
  }

  // Goals for this month, typed into the grid.
  const teams = (await (await page.request.get('/api/admin/teams')).json()) as { teams: { id: string; name: string }[] };
  const team = teams.teams.find((candidate) => candidate.name === 'Atlantic Closers')!;
  const month = thisMonth();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByLabel('Goals of')).toHaveValue(`team:${team.id}`);
  await page.getByLabel(`Rita Rep, ${month.label} (EUR)`).fill('50000');
  await page.getByLabel(`Rui Rep, ${month.label} (EUR)`).fill('40000');
  await expect(page.getByTestId(`team-total-${team.id}-${month.key}`)).toHaveText(formatMoney(9_000_000, 'EUR', 'en-GB'));
  await page.getByRole('button', { name: 'Save 2 changes' }).click();
  await expect(page.getByText('Saved 2 goal(s).')).toBeVisible();

  // The wall shows the team's bar against its goal.
  await page.goto('/wall');
  const bar = page.getByTestId(`wall-bar-team-${team.id}`);
  await expect(bar).toBeVisible();
  await expect(bar).toContainText(formatMoney(9_000_000, 'EUR', 'en-GB', { compact: true }));

  // The board shows a lane for each rep.
  const roster = (await (await page.request.get(`/api/admin/people?teamId=${team.id}`)).json()) as { people: { id: string; name: string }[] };
  await page.goto(`/board/team/${team.id}`);
  for (const name of ['Rita Rep', 'Rui Rep']) {
    const person = roster.people.find((candidate) => candidate.name === name)!;
    await expect(page.getByTestId(`lane-${person.id}`)).toContainText(name);
  }
});
