import { expect, test } from './fixtures';

// The profile's own forms: the name, checked before it is sent and confirmed when saved,
// and the password, whose mistakes are named beside the field they belong to.

test('a user renames themselves, and a wrong or mistyped password is named beside its field', async ({ page, signIn, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 422 .*\/api\/me\/password/);
  await signIn('manager');
  await page.goto('/settings/profile');
  const nameField = page.getByLabel('Your name');
  const originalName = await nameField.inputValue();

  await nameField.fill('');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField).toBeFocused();

  await nameField.fill(`${originalName} Renamed`);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your name is saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue(`${originalName} Renamed`);
  await page.getByLabel('Your name').fill(originalName);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your name is saved.' })).toBeVisible();

  const current = page.getByLabel('Current password');
  const confirmation = page.getByLabel('New password again');
  await current.fill('not-the-password');
  await page.getByLabel('New password', { exact: true }).fill('a-new-password-123');
  await confirmation.fill('a-different-password-123');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(confirmation).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The new passwords do not match')).toBeVisible();

  await confirmation.fill('a-new-password-123');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The current password is not right.')).toBeVisible();
  // The refusal stands beside the field, not as the form's alert line.
  await expect(page.locator('form .alert')).toHaveCount(0);
  // Nothing changed: the session still holds.
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue(originalName);
});
