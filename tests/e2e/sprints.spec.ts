import { expect, test } from './fixtures';

// Sprints on the seeded demo: the lead runs a standup and a retrospective end to end,
// and the action item agreed at the retrospective is waiting at the next standup until
// it is done. A rep states their forecast, and cannot run the team's rituals.

test('a lead runs a standup and a retrospective, and the action item shows at the next standup', async ({ page, signIn }) => {
  const lead = await signIn('lead');
  const stamp = Date.now().toString(36);
  const blockerText = `Waiting on the customer's legal team ${stamp}`;
  const noteText = `Brought the CFO in before pricing ${stamp}`;
  const actionTitle = `Write up the CFO playbook ${stamp}`;

  await page.goto('/sprints');
  await expect(page).toHaveURL(new RegExp(`/sprints/${lead.teamId}/[^/]+$`));
  const sprintPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Sprint \d/);

  // Standup: rep by rep, with the buttons and the arrow keys.
  await page.getByRole('link', { name: 'Run standup' }).click();
  await expect(page).toHaveURL(`${sprintPath}/standup`);
  await expect(page.getByText(/^Rep 1 of \d+/)).toBeVisible();
  await page.getByRole('button', { name: /Next rep/ }).click();
  await expect(page.getByText(/^Rep 2 of \d+/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Rep 3 of \d+/)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/^Rep 2 of \d+/)).toBeVisible();

  // The lead notes a blocker for the rep on screen.
  const blockerForm = page.getByRole('form', { name: 'Add blocker' });
  await blockerForm.getByRole('textbox', { name: /Blocker for/ }).fill(blockerText);
  await blockerForm.getByRole('button', { name: 'Add blocker' }).click();
  await expect(page.getByText(blockerText)).toBeVisible();

  await page.getByRole('button', { name: 'Finish standup' }).click();
  await expect(page.getByText(/Standup finished at/)).toBeVisible();

  // Retrospective: a "went well" note with tags, and an action item for a rep.
  await page.getByRole('link', { name: 'Retrospective' }).click();
  await expect(page).toHaveURL(`${sprintPath}/retro`);
  const noteForm = page.getByRole('form', { name: 'Add note' });
  await noteForm.getByRole('radio', { name: 'Went well' }).check();
  await noteForm.getByRole('textbox', { name: 'Note' }).fill(noteText);
  await noteForm.getByRole('textbox', { name: 'Tags' }).fill(`cfo, e2e-${stamp}`);
  await noteForm.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText(noteText)).toBeVisible();

  const actionForm = page.getByRole('form', { name: 'Add action item' });
  await actionForm.getByRole('textbox', { name: 'What needs doing' }).fill(actionTitle);
  const owner = actionForm.getByRole('combobox', { name: 'Owner' });
  const ownerName = (await owner.locator('option').nth(1).textContent())!.trim();
  await owner.selectOption({ label: ownerName });
  await actionForm.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByText(`Action item added for ${ownerName}.`)).toBeVisible();

  // The next standup: the open action item is on the team's list.
  await page.getByRole('link', { name: 'Run standup' }).click();
  await expect(page).toHaveURL(`${sprintPath}/standup`);
  const openItems = page.getByRole('region', { name: 'Open action items' });
  await expect(openItems.getByText(actionTitle)).toBeVisible();
  const sprintId = sprintPath.split('/').at(-1);
  const standup = await (await page.request.get(`/api/teams/${lead.teamId}/sprints/${sprintId}/standup`)).json();
  expect(standup.lastStandupAt, 'this standup follows the one just finished').not.toBeNull();
  expect(standup.actionItems.map((item: { title: string }) => item.title)).toContain(actionTitle);

  // Ticked off, it stays on screen marked done (so a slip can be undone) and is gone at the next load.
  await openItems.getByRole('checkbox', { name: new RegExp(actionTitle) }).check();
  await expect(openItems.getByRole('checkbox', { name: new RegExp(`${actionTitle}.*Done`) })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Open action items' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open action items' }).getByText(actionTitle)).toHaveCount(0);

  // The note can be found from any team by its tag.
  await page.goto(`/notes?tag=e2e-${stamp}`);
  await expect(page.getByText(noteText)).toBeVisible();
});

test('a rep states a forecast, sees it in the roll-up, and cannot run the standup', async ({ page, signIn, allowConsoleErrors }) => {
  allowConsoleErrors(/400 \(Bad Request\).*\/forecasts\//);
  const rep = await signIn('rep');
  await page.goto('/sprints');
  const form = page.getByRole('form', { name: 'Your forecast' });
  await expect(form).toBeVisible();

  // A best case below the commit is refused next to the field, and nothing is lost.
  await form.getByRole('textbox', { name: /Commit for the month/ }).fill('90000');
  await form.getByRole('textbox', { name: /Best case for the month/ }).fill('80000');
  await form.getByRole('button', { name: 'Save forecast' }).click();
  await expect(form.getByText('The best case cannot be below the commit')).toBeVisible();
  await expect(form.getByRole('textbox', { name: /Commit for the month/ })).toHaveValue('90000');

  await form.getByRole('textbox', { name: /Best case for the month/ }).fill('120000');
  await form.getByRole('button', { name: 'Save forecast' }).click();
  await expect(page.getByText(/Forecast saved at/)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(rep.name) }).first()).toContainText('$90,000');

  await page.getByRole('link', { name: 'Run standup' }).click();
  await expect(page.getByText(/^Rep 1 of \d+/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish standup' })).toHaveCount(0);

  // The wall shows the team's rolled-up forecast as a second marker, in words as well.
  await page.goto('/wall');
  const teamBar = page.getByTestId(`wall-bar-team-${rep.teamId}`);
  await expect(teamBar.getByText(/forecast \d+%/)).toBeVisible();
  await expect(teamBar.locator('.wall-track-forecast')).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Forecast marker' }).uncheck();
  await expect(teamBar.locator('.wall-track-forecast')).toHaveCount(0);
});

test('the team board shows the current sprint and opens an earlier one', async ({ page, signIn }) => {
  await signIn('lead');
  await page.goto('/board');
  const strip = page.getByRole('navigation', { name: 'Sprint' });
  await expect(strip.getByRole('link', { name: /^Sprint \d/ })).toBeVisible();
  await strip.getByText('Earlier sprints').click();
  const earlier = strip.getByRole('listitem').first().getByRole('link');
  const label = (await earlier.textContent())!;
  await earlier.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(label.split(',')[0]!);
  await expect(page.getByText('Finished', { exact: true })).toBeVisible();
  // A finished sprint keeps its forecasts but takes no new ones.
  await expect(page.getByRole('form', { name: 'Your forecast' })).toHaveCount(0);
});
