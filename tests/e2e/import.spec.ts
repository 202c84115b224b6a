import { expect, test } from './fixtures';
import { demoUsers } from './demo-users';

// Admin → Import end to end: upload a Salesforce opportunities file, map a stage and an
// owner the file has but Cadence does not know, see the preview's row errors, import,
// then find the deals on the board and last month's burn-down moved by the won deal.

function lastMonth(now = new Date()): { key: string; day: string } {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
  return { key: date.toISOString().slice(0, 7), day: date.toISOString().slice(0, 10) };
}

test('an admin imports a Salesforce file, mapping an unknown stage and owner', async ({ page, signIn, apiAs }) => {
  await signIn('admin');
  const repApi = await apiAs('rep');
  const rep = ((await (await repApi.get('/api/me')).json()) as { user: { id: string; teamId: string } }).user;
  const month = lastMonth();
  const burnDownOf = async () => {
    const reply = await page.request.get(`/api/wall/burn-down?kind=team&id=${rep.teamId}&month=${month.key}`);
    expect(reply.status()).toBe(200);
    return ((await reply.json()) as { burnDown: { bar: { closedWonMinor: number } } }).burnDown.bar.closedWonMinor;
  };
  const wonBefore = await burnDownOf();
  const suffix = Date.now().toString(36).toUpperCase().padStart(9, '0').slice(-9);
  const csv = [
    'Id,AccountId,Name,StageName,Amount,CloseDate,IsClosed,IsWon,OwnerId,CreatedDate',
    `006E2E${suffix},Imported Co,Imported renewal ${suffix},Closed Won,"77,777.00",${month.day},true,true,${demoUsers.rep},${month.day}T09:00:00.000Z`,
    `006E2F${suffix},Imported Co,Imported discovery ${suffix},Discovery Call,1200,2027-03-01,false,false,ghost@example.com,${month.day}T09:00:00.000Z`,
    `3.44689944309E+11,Broken Co,Mangled id,Prospecting,100,2027-03-01,false,false,${demoUsers.rep},${month.day}T09:00:00.000Z`,
  ].join('\r\n');

  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
  await page.getByLabel('Deals file').setInputFiles({ name: 'Opportunity.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview' }).click();

  await expect(page.getByText('Read as Salesforce export')).toBeVisible();
  const problems = page.getByRole('region', { name: /Rows with problems/ });
  await expect(problems.getByRole('row', { name: /3\.44689944309E\+11 was turned into a number/ })).toBeVisible();
  await expect(problems.getByText('Stage "Discovery Call" is not mapped to a column.')).toBeVisible();

  await page.getByLabel('Column for stage Discovery Call').selectOption('TODO');
  await page.getByRole('button', { name: 'Preview again' }).click();
  await expect(problems.getByText(/Owner "ghost@example.com" is not a known person/)).toBeVisible();
  await page.getByLabel('Person for owner ghost@example.com').selectOption({ value: rep.id });
  await page.getByRole('button', { name: 'Preview again' }).click();
  await expect(page.getByRole('heading', { name: 'Rows with problems (1)' })).toBeVisible();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 deals created' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Download the error report \(1 rows\)/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Import history' }).getByRole('cell', { name: 'Imported', exact: true })).toBeVisible();

  await page.goto(`/board/team/${rep.teamId}`);
  await expect(page.getByText(`Imported discovery ${suffix}`)).toBeVisible();
  expect(await burnDownOf()).toBe(wonBefore + 7_777_700);
  await page.goto(`/wall/burn-down/team/${rep.teamId}?month=${month.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
