import { createHmac } from 'node:crypto';
import { expect, test } from './fixtures';

// Admin → Integrations in a real browser against the real app: an admin creates a HubSpot
// connection, the test posts signed HubSpot webhooks to it as HubSpot would, a deal whose
// owner Cadence does not know waits until the admin maps the owner, and a closedwon moves
// the wall open in another tab.

function signV3(secret: string, uri: string, body: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`POST${uri}${body}${timestamp}`).digest('base64');
}

test('a connection made in the UI takes a signed HubSpot closedwon and the wall moves', async ({ page, signIn, apiAs, playwright }) => {
  await signIn('admin');
  const repApi = await apiAs('rep');
  const rep = ((await (await repApi.get('/api/me')).json()) as { user: { id: string; name: string; teamId: string } }).user;

  await page.goto('/admin/integrations');
  await expect(page.getByRole('heading', { name: 'Integrations', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New connection' }).click();
  const dialog = page.getByTestId('new-connection-dialog');
  await dialog.getByLabel('Source').selectOption('hubspot');
  await dialog.getByLabel('Name').fill('HubSpot live');
  await dialog.getByRole('button', { name: 'Create connection' }).click();
  const created = page.getByTestId('connection-created-dialog');
  const url = await created.getByTestId('connection-url').inputValue();
  const secret = await created.getByTestId('connection-secret').inputValue();
  expect(url).toMatch(/\/api\/integrations\/[a-z0-9]+\/webhook$/);
  expect(secret).toMatch(/^whsec_/);
  await created.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('connection-row')).toContainText('HubSpot live');

  // HubSpot posts as a machine: no cookie, no Origin, a v3 signature.
  const hubspot = await playwright.request.newContext();
  const send = async (events: object[]) => {
    const body = JSON.stringify(events);
    const timestamp = String(Date.now());
    return hubspot.post(url, { data: body, headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signV3(secret, url, body, timestamp), 'x-hubspot-request-timestamp': timestamp } });
  };
  const dealId = 880_000 + Math.floor(Math.random() * 1000);
  const at = Date.now() - 10_000;
  const event = (eventId: number, occurredAt: number, propertyName?: string, propertyValue?: string) => ({
    eventId,
    subscriptionId: 1,
    portalId: 62515,
    appId: 1,
    occurredAt,
    subscriptionType: propertyName ? 'deal.propertyChange' : 'deal.creation',
    attemptNumber: 0,
    objectId: dealId,
    changeSource: 'CRM',
    ...(propertyName ? { propertyName, propertyValue } : {}),
  });
  const refused = await hubspot.post(url, { data: '[]', headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': 'forged', 'x-hubspot-request-timestamp': String(Date.now()) } });
  expect(refused.status()).toBe(401);
  const first = await send([event(dealId * 10 + 1, at), event(dealId * 10 + 2, at, 'dealname', 'Webhook rollout'), event(dealId * 10 + 3, at, 'amount', '4321'), event(dealId * 10 + 4, at, 'hubspot_owner_id', '7001')]);
  expect(first.status()).toBe(200);

  // The owner is unknown: the deal waits, and the admin is told.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('unassigned-deals')).toContainText('Webhook rollout', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Mappings of HubSpot live' }).click();
  const mappings = page.getByTestId('mappings-dialog');
  await expect(mappings.getByLabel('Source owner 1')).toHaveValue('7001');
  await mappings.getByLabel('Person for owner 7001').selectOption(rep.id);
  await mappings.getByRole('button', { name: 'Save mappings' }).click();
  await expect(page.getByText('Mappings saved; 1 waiting deal now on the boards.')).toBeVisible();
  await expect(page.getByTestId('unassigned-deals')).toHaveCount(0);

  const wall = await page.context().newPage();
  await wall.goto('/wall');
  await expect(wall.getByTestId('wall-connection')).toHaveText('Live');
  const bar = wall.getByTestId(`wall-bar-team-${rep.teamId}`);
  await expect(bar).toBeVisible();
  const wonBefore = Number(await bar.getAttribute('data-won-minor'));

  const closed = await send([event(dealId * 10 + 5, Date.now() - 1_000, 'dealstage', 'closedwon')]);
  expect(closed.status()).toBe(200);
  await expect(bar).not.toHaveAttribute('data-won-minor', String(wonBefore), { timeout: 5_000 });
  expect(Number(await bar.getAttribute('data-won-minor'))).toBeGreaterThan(wonBefore);

  // The same delivery again (HubSpot retries) changes nothing more.
  const repeated = await send([event(dealId * 10 + 5, Date.now() - 1_000, 'dealstage', 'closedwon')]);
  expect(await repeated.json()).toMatchObject({ queued: 0, duplicates: 1 });

  await page.getByRole('button', { name: 'Deliveries of HubSpot live' }).click();
  const deliveries = page.getByTestId('deliveries-dialog');
  await expect(deliveries.getByRole('row')).toHaveCount(5);
  await expect(deliveries).toContainText('Refused (401)');
  await hubspot.dispose();
  await wall.close();
});
