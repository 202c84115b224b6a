import type { TBoard } from '@/schemas/deal';
import { expect, test } from './fixtures';

// Issue #16 item 11, end to end: a lead has Edit open while someone else changes the
// amount. The form says so and shows their value; saving a title change keeps their
// amount (only the fields the lead changed are sent, against the version the form was
// opened on, and the server merges them).

test('a stale edit form shows the colleague’s change and saving a title keeps their amount', async ({ page, signIn, apiAs }) => {
  const lead = await signIn('lead');
  const response = await page.request.get(`/api/boards/team/${lead.teamId}`);
  const board = ((await response.json()) as { board: TBoard }).board;
  const deal = board.deals.filter((candidate) => candidate.stage === 'TODO' && candidate.currency === 'USD').at(-1)!;
  expect(deal).toBeDefined();

  await page.goto(`/board/team/${lead.teamId}`);
  await expect(page.getByTestId('board-connection')).toHaveText('Live');
  await page.locator(`[data-deal-id="${deal.id}"]`).first().click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.getByTestId('deal-form-dialog');
  await expect(form).toBeVisible();

  // Meanwhile the manager raises the amount.
  const manager = await apiAs('manager');
  const raised = await manager.patch(`/api/deals/${deal.id}`, { data: { version: deal.version, amountMinor: deal.amountMinor + 450_000 } });
  expect(raised.status()).toBe(200);

  const changed = form.getByTestId('deal-changed-underneath');
  await expect(changed).toContainText('Someone else changed this deal');
  await expect(changed.locator('[data-field="amountMinor"]')).toContainText('theirs');

  await form.getByLabel('Title').fill(`${deal.title} (renewal)`);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();

  await expect
    .poll(async () => {
      const reply = await page.request.get(`/api/deals/${deal.id}`);
      const saved = ((await reply.json()) as { deal: { title: string; amountMinor: number } }).deal;
      return [saved.title, saved.amountMinor];
    })
    .toEqual([`${deal.title} (renewal)`, deal.amountMinor + 450_000]);
});
