import { accounts, expect, signInAs, test } from './fixtures/portal';

test.describe('the portal shell', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
  });

  test('shows the top bar, the left navigation and the breadcrumb', async ({ page }, testInfo) => {
    await expect(page.getByRole('banner').getByText('Roles Portal')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Portal navigation' });
    await expect(nav.getByText('Roles & admins')).toBeVisible();
    for (const name of ['All roles', 'Admin units', 'Who can do what', 'Access findings', 'App registrations', 'Groups', 'Users', 'Audit logs']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' })).toBeVisible();
    await testInfo.attach('shell-light', { body: await page.screenshot(), contentType: 'image/png' });
  });

  test('navigates between blades from the left navigation', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Portal navigation' }).getByRole('link', { name: 'Groups' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(page.getByRole('heading', { level: 1, name: /^Groups/ })).toBeVisible();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(/\/roles$/);
  });

  test('keeps the dark theme across a reload', async ({ page }, testInfo) => {
    const background = () => page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await background();
    await page.getByRole('switch', { name: 'Dark theme' }).check();
    await expect.poll(background).not.toBe(light);
    const dark = await background();
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Dark theme' })).toBeChecked();
    expect(await background()).toBe(dark);
    await testInfo.attach('shell-dark', { body: await page.screenshot(), contentType: 'image/png' });
    await page.getByRole('switch', { name: 'Dark theme' }).uncheck();
    await expect.poll(background).toBe(light);
  });

  test('shows a not-found page for an unknown address', async ({ page }) => {
    const response = await page.goto('/no-such-blade');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

test('the server HTML is already styled by Fluent UI, without JavaScript', async ({ browser, page }) => {
  await signInAs(page, accounts.globalReader, '/my-roles');
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const bare = await noScript.newPage();
  await bare.goto('/my-roles');
  const header = bare.getByRole('banner');
  // Fluent's brand background on the top bar and its font stack come from server-inserted CSS alone.
  await expect(header).toHaveCSS('background-color', 'rgb(15, 108, 189)');
  await expect(header.getByText('Roles Portal')).toHaveCSS('font-family', /Segoe UI/);
  await expect(bare.getByRole('link', { name: 'App registrations' })).toBeVisible();
  await noScript.close();
});
