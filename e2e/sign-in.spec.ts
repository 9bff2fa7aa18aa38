import { accounts, expect, signInAs, signInThroughPicker, test } from './fixtures/portal';

test('a Privileged Role Administrator signs in with one click and sees who they are', async ({ page }, testInfo) => {
  await signInThroughPicker(page, accounts.privilegedRoleAdministrator, '/roles');
  await expect(page).toHaveURL(/\/roles$/);
  const account = page.getByRole('button', { name: `Account: ${accounts.privilegedRoleAdministrator.displayName}` });
  await expect(account).toContainText(accounts.privilegedRoleAdministrator.upn);
  await account.click();
  await expect(page.getByRole('menu')).toContainText('Privileged Role Administrator');
  await testInfo.attach('account-menu', { body: await page.screenshot(), contentType: 'image/png' });
  await page.keyboard.press('Escape');
  await expect(page.getByText('Read-only', { exact: true })).toHaveCount(0);
});

test('a Global Reader is told why they cannot change role assignments', async ({ page }, testInfo) => {
  await signInAs(page, accounts.globalReader, '/roles');
  await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
  await expect(page.getByText(
    'You need the Privileged Role Administrator or Global Administrator role to change role assignments.',
  )).toBeVisible();
  await testInfo.attach('global-reader', { body: await page.screenshot(), contentType: 'image/png' });
});

test('My roles lists the admin’s own assignments, with the group they come through', async ({ page }) => {
  await signInAs(page, accounts.helpdeskGroupMember, '/my-roles');
  const table = page.getByRole('grid', { name: 'My role assignments' });
  const row = table.getByRole('row', { name: /Helpdesk Administrator/ });
  await expect(row).toContainText('Directory');
  await expect(row).toContainText('Group: Contoso_Helpdesk_Administrators');
});

test('signing out clears the session, and the next visit asks to sign in again', async ({ page }) => {
  await signInThroughPicker(page, accounts.privilegedRoleAdministrator, '/roles');
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out/);
  await expect(page.getByText('You signed out.')).toBeVisible();
  expect((await page.context().cookies()).find((cookie) => cookie.name === 'rp_session')).toBeUndefined();
  await page.goto('/roles');
  await expect(page.getByRole('heading', { name: 'Pick an account' })).toBeVisible();
});

test('an expired session goes through sign-in and back to the page the admin was on', async ({ page }) => {
  await signInThroughPicker(page, accounts.privilegedRoleAdministrator, '/my-roles');
  // Replace the server's copy of the token with one that has expired, as if the admin had been away for hours.
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'rp_session');
  expect(cookie).toBeDefined();
  const [head, payload, signature] = (cookie?.value ?? '').split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
  const expired = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) - 600 })).toString('base64url');
  await page.context().addCookies([{ ...cookie!, value: `${head}.${expired}.${signature}` }]);
  // The browser still holds MSAL's refresh token, so sign-in renews silently and returns to the page.
  await page.goto('/users?search=alex');
  await page.waitForURL(/\/users\?search=alex$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Users/ })).toBeVisible();
});

test('with no sign-in left in the browser, an expired session asks to pick an account and then returns', async ({ page }) => {
  await signInThroughPicker(page, accounts.privilegedRoleAdministrator, '/my-roles');
  await page.evaluate(() => sessionStorage.clear());
  await page.context().clearCookies();
  await page.goto('/groups');
  await expect(page.getByRole('heading', { name: 'Pick an account' })).toBeVisible();
  await page.getByRole('button', { name: /^Patti Fernandez/ }).click();
  await page.waitForURL(/\/groups$/);
});
