import type { Page, TestInfo } from '@playwright/test';
import { emulatorControl } from './fixtures/emulator-control';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

// Role settings (issue #16): the Privileged Role Administrator opens a role's settings from its blade, changes
// "Require justification on activation" and the activation maximum, saves, and sees Graph's new values after a
// reload; a Global Reader reads the same page with Edit disabled, and told why.

const role = builtInRoles.exchangeAdministrator;

/** The state beside a setting's name in a section of Role setting details. */
const stateOf = (page: Page, section: string, setting: string) =>
  page.getByRole('region', { name: section }).locator('dt', { hasText: setting }).locator('xpath=following-sibling::dd[1]');

/** A screenshot in light and then dark (the theme cookie the portal reads, then a reload), back to light after. */
async function inBothThemes(page: Page, testInfo: TestInfo, name: string, ready: () => Promise<void>) {
  await page.screenshot({ path: testInfo.outputPath(`${name}-1280-light.png`), fullPage: true });
  await page.context().addCookies([{ name: 'roles-portal-theme', value: 'dark', url: page.url() }]);
  await page.reload();
  await ready();
  await page.screenshot({ path: testInfo.outputPath(`${name}-1280-dark.png`), fullPage: true });
  await page.context().addCookies([{ name: 'roles-portal-theme', value: 'light', url: page.url() }]);
}

test.describe('Role settings', () => {
  test.beforeAll(async () => {
    await resetTenant();
  });
  test.afterAll(async () => {
    // Later specs see Graph's default settings again.
    await emulatorControl.reset();
  });

  test('the Privileged Role Administrator turns off justification on activation and lowers the maximum to 4 hours', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${role}`);
    await page.getByRole('tab', { name: 'Role settings' }).click();
    await expect(page).toHaveURL(new RegExp(`/roles/${role}/settings$`));
    await expect(page.getByRole('heading', { name: /Exchange Administrator/ })).toBeVisible();
    await expect(stateOf(page, 'Activation', 'Activation maximum duration (hours)')).toHaveText('8 hours');
    await expect(stateOf(page, 'Activation', 'Require justification on activation')).toHaveText('Yes');
    await expect(stateOf(page, 'Assignment', 'Require justification on active assignment')).toHaveText('Yes');
    await inBothThemes(page, testInfo, 'role-settings', () => expect(stateOf(page, 'Activation', 'On activation, require')).toHaveText('Azure MFA'));

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Edit role setting' });
    await panel.getByRole('slider', { name: 'Activation maximum duration (hours)' }).fill('4');
    await panel.getByRole('checkbox', { name: 'Require justification on activation' }).uncheck();
    await expect(panel.getByText('4 hours', { exact: true })).toBeVisible();
    // Still in dark from inBothThemes (the light cookie takes effect at the next load).
    await page.screenshot({ path: testInfo.outputPath('role-settings-edit-1280-dark.png') });
    await panel.getByRole('tab', { name: 'Assignment' }).click();
    await expect(panel.getByRole('checkbox', { name: 'Allow permanent eligible assignment' })).toBeChecked();
    await panel.getByRole('button', { name: 'Save' }).click();

    const confirm = page.getByRole('alertdialog', { name: 'Save role settings' });
    await expect(confirm).toContainText('Activation maximum duration: 8 hours \u2192 4 hours');
    await expect(confirm).toContainText('Require justification on activation: Yes \u2192 No');
    await confirm.getByRole('button', { name: 'View Graph request' }).click();
    const preview = page.getByRole('dialog', { name: 'Graph request' });
    await expect(preview.getByText(/PATCH .*\/policies\/roleManagementPolicies\/.*\/rules\/Expiration_EndUser_Assignment/)).toBeVisible();
    await expect(preview.getByText(/"maximumDuration": "PT4H"/)).toBeVisible();
    await preview.getByRole('button', { name: 'Close' }).click();
    await page.screenshot({ path: testInfo.outputPath('role-settings-confirm-1280-dark.png') });
    await confirm.getByRole('button', { name: 'Yes' }).click();

    await expect(page.getByRole('status')).toContainText('Exchange Administrator\u2019s role settings were saved: Microsoft Graph applied all 2 changed rules.');
    await page.reload();
    await expect(stateOf(page, 'Activation', 'Activation maximum duration (hours)')).toHaveText('4 hours');
    await expect(stateOf(page, 'Activation', 'Require justification on activation')).toHaveText('No');
    await expect(stateOf(page, 'Activation', 'On activation, require')).toHaveText('Azure MFA');

    // The editor opens on what Graph now says.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(panel.getByRole('checkbox', { name: 'Require justification on activation' })).not.toBeChecked();
    await expect(panel.getByRole('slider', { name: 'Activation maximum duration (hours)' })).toHaveValue('4');
    await page.screenshot({ path: testInfo.outputPath('role-settings-edit-1280-light.png') });
  });

  test('a Global Reader reads the settings, and Edit is disabled with the reason', async ({ page }) => {
    await signInAs(page, accounts.globalReader, `/roles/${role}/settings`);
    await expect(stateOf(page, 'Assignment', 'Allow permanent active assignment')).toHaveText('Yes');
    const edit = page.getByRole('button', { name: 'Edit', exact: true });
    await expect(edit).toBeDisabled();
    await edit.hover();
    await expect(page.getByRole('tooltip')).toHaveText('You need the Privileged Role Administrator or Global Administrator role to change role settings.');
    await expect(page.getByText("Why can't I edit role settings?")).toBeVisible();
  });

  test('an admin without a PIM reader role is told so instead of a failed page; an unknown role is not found', async ({ page }, testInfo) => {
    await signInAs(page, accounts.noAdminRole, `/roles/${role}/settings`);
    const denied = page.getByRole('alert').filter({ hasText: 'You can\u2019t see these role settings' });
    await expect(denied).toContainText("You don't have permission to see this.");
    await expect(denied).toContainText('Global Readers');
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('role-settings-denied-1280-light.png') });
    await page.goto('/roles/00000000-0000-4000-8000-000000000000/settings');
    await expect(page.getByText("This role doesn't exist, or was deleted.")).toBeVisible();
  });
});
