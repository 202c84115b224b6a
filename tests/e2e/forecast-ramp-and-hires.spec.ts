import { expect, sameOrigin, test } from './fixtures';

// The Forecast page's ramp curve and named hires on the seeded demo: an admin sets the
// organisation's ramp curve (a bad one is refused with the reason) and goes back to the
// learned one; a planned hire can name someone invited who has not started yet, and
// inviting a rep near an unnamed planned hire names them in the plan.

type Plan = { hires: Array<{ id: string; teamId: string; startDate: string; count: number; personId: string | null; personName: string | null }>; teams: Array<{ id: string; name: string }> };

const DAY = 86_400_000;
const dayIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

test('an admin sets the ramp curve on the forecast page and clears it again', async ({ page, signIn }) => {
  test.setTimeout(240_000);
  await signIn('admin');
  await page.goto('/forecast');
  const panel = page.getByRole('region', { name: 'Ramp-up of new reps' });
  await expect(panel).toBeVisible({ timeout: 90_000 });
  await expect(panel.getByTestId('ramp-source')).not.toContainText('set by an admin');

  const input = panel.getByLabel('Ramp curve for everyone (% by month)');
  await input.fill('10, 150');
  await panel.getByRole('button', { name: 'Use this curve' }).click();
  await expect(panel.getByText(/percentages from 0 to 100/)).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  await input.fill('5, 15, 35, 60, 80');
  await panel.getByRole('button', { name: 'Use this curve' }).click();
  await expect(panel.getByTestId('ramp-source')).toContainText('set by an admin', { timeout: 90_000 });
  const months = panel.getByRole('list', { name: 'Ramp curve in use' }).getByRole('listitem');
  await expect(months).toHaveCount(5);
  await expect(months.first()).toContainText('5%');

  await panel.getByRole('button', { name: 'Learn it from the history' }).click();
  await expect(panel.getByTestId('ramp-source')).not.toContainText('set by an admin', { timeout: 90_000 });
});

test('a rep sees the ramp curve but cannot change it', async ({ page, signIn }) => {
  test.setTimeout(180_000);
  await signIn('rep');
  await page.goto('/forecast');
  const panel = page.getByRole('region', { name: 'Ramp-up of new reps' });
  await expect(panel).toBeVisible({ timeout: 90_000 });
  await expect(panel.getByRole('list', { name: 'Ramp curve in use' }).getByRole('listitem').first()).toBeVisible();
  await expect(panel.getByLabel('Ramp curve for everyone (% by month)')).toHaveCount(0);
});

test('a planned hire names someone invited; an invitation near an unnamed hire fills it', async ({ page, signIn }) => {
  test.setTimeout(240_000);
  await signIn('admin');
  const plan = (await (await page.request.get('/api/forecast/hiring-plan')).json()) as Plan;
  const team = plan.teams[0]!;
  // A start more than three months from any hire planned for the team, so the invitation names nobody by itself.
  const planned = plan.hires.filter((hire) => hire.teamId === team.id).map((hire) => Date.parse(`${hire.startDate}T00:00:00Z`));
  let offset = 10;
  while (planned.some((start) => Math.abs(start - Date.parse(`${dayIn(offset)}T00:00:00Z`)) <= 92 * DAY)) offset += 7;
  const stamp = Date.now().toString(36);
  const invited = await page.request.post('/api/admin/people', {
    headers: sameOrigin(),
    data: { name: `Pia Planned ${stamp}`, email: `pia.${stamp}@example.com`, role: 'REP', teamId: team.id, startDate: dayIn(offset) },
  });
  expect(invited.status()).toBe(201);

  await page.goto('/forecast');
  const form = page.getByRole('form', { name: 'Add a planned hire' });
  await expect(form).toBeVisible({ timeout: 90_000 });
  await form.getByLabel('Team').selectOption(team.id);
  await form.getByLabel('Who').selectOption({ label: `Pia Planned ${stamp} (starts ${dayIn(offset)})` });
  await expect(form.getByLabel('Start date')).toHaveValue(dayIn(offset));
  await expect(form.getByLabel('How many')).toHaveCount(0);
  await form.getByRole('button', { name: 'Add planned hire' }).click();
  const list = page.getByRole('region', { name: 'Hiring plan' });
  await expect(list.getByRole('listitem').filter({ hasText: `Pia Planned ${stamp}` })).toBeVisible({ timeout: 90_000 });
  // Named once, they are no longer offered for another hire.
  await form.getByLabel('Team').selectOption(team.id);
  await expect(form.getByRole('option', { name: new RegExp(`Pia Planned ${stamp}`) })).toHaveCount(0);

  // An unnamed hire, then an invitation a few days from it: the plan now names the person.
  const unnamedStart = dayIn(offset + 200);
  const added = await page.request.post('/api/forecast/hiring-plan', { headers: sameOrigin(), data: { teamId: team.id, startDate: unnamedStart, count: 1 } });
  expect(added.status()).toBe(201);
  const second = await page.request.post('/api/admin/people', {
    headers: sameOrigin(),
    data: { name: `Quinn Filled ${stamp}`, email: `quinn.${stamp}@example.com`, role: 'REP', teamId: team.id, startDate: dayIn(offset + 203) },
  });
  expect(second.status()).toBe(201);
  const after = (await (await page.request.get('/api/forecast/hiring-plan')).json()) as Plan;
  const filled = after.hires.find((hire) => hire.personName === `Quinn Filled ${stamp}`);
  expect(filled, 'the unnamed hire now names Quinn').toBeDefined();
  expect(after.hires.some((hire) => hire.teamId === team.id && hire.startDate === unnamedStart && hire.personId === null)).toBe(false);
});

test('a planned hire can carry its own ramp curve; a share above 100% is refused with the reason', async ({ page, signIn, allowConsoleErrors }) => {
  test.setTimeout(240_000);
  // The refused curve is the server's 400.
  allowConsoleErrors(/Failed to load resource: .*400/);
  await signIn('admin');
  await page.goto('/forecast');
  const form = page.getByRole('form', { name: 'Add a planned hire' });
  await expect(form).toBeVisible({ timeout: 90_000 });
  const start = dayIn(150);
  await form.getByLabel('Start date').fill(start);
  await form.getByLabel('How many').fill('2');
  await form.getByLabel('Own ramp (% by month)').fill('40, 150');
  await form.getByRole('button', { name: 'Add planned hire' }).click();
  await expect(form.getByRole('alert')).toContainText('between 0 and 1');

  await form.getByLabel('Own ramp (% by month)').fill('40, 70, 100');
  await form.getByRole('button', { name: 'Add planned hire' }).click();
  const list = page.getByRole('region', { name: 'Hiring plan' });
  await expect(list.getByRole('listitem').filter({ hasText: `2 hires for` }).filter({ hasText: start })).toContainText('(own ramp)', { timeout: 90_000 });
  const plan = (await (await page.request.get('/api/forecast/hiring-plan')).json()) as { hires: Array<{ startDate: string; count: number; rampOverride: number[] | null }> };
  expect(plan.hires.find((hire) => hire.startDate === start && hire.count === 2)?.rampOverride).toEqual([0.4, 0.7, 1]);
});
