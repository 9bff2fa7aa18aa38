import type { Page } from '@playwright/test';
import { emulatorControl } from './fixtures/emulator-control';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { pimSeed } from '../tests/demo-tenant.mjs';

// My roles with PIM (issue #16) as Alex Wilber, eligible User Administrator in the demo tenant's PIM seed and
// holder of no other role: a refused activation changes nothing, an activation is in Active assignments with its
// time left, Deactivate ends it, and an activation ends on its own when the emulator's PIM clock passes its end.
// The tenant (and with it the PIM clock) is reset before and after, so no other spec sees Alex's activations.

const alex = accounts.noAdminRole;
const { alexEligibleUserAdministrator: eligible } = pimSeed.items;
const role = eligible.roleName;

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const grid = (page: Page, name: string) => page.getByRole('grid', { name });
const rowOf = (page: Page, gridName: string, text: string) => grid(page, gridName).getByRole('row').filter({ hasText: text });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Activate' });

async function openActivate(page: Page) {
  await tab(page, 'Eligible assignments').click();
  await rowOf(page, 'My eligible assignments', role).getByRole('button', { name: `Activate ${role} at Directory` }).click();
  await expect(panel(page)).toBeVisible();
}

test.describe('My roles with PIM', () => {
  test.beforeAll(async () => {
    await resetTenant();
  });
  test.afterAll(async () => {
    await emulatorControl.reset();
  });

  test('a refused activation changes nothing; Activate, then Deactivate', async ({ page }, testInfo) => {
    await signInAs(page, alex, '/my-roles');
    // Something to activate: My roles opens on it.
    await expect(tab(page, 'Eligible assignments')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { name: 'Active assignments (0)', exact: true })).toBeVisible();
    const row = rowOf(page, 'My eligible assignments', role);
    await expect(row).toContainText('Directory');
    await expect(row).toContainText('Direct');
    await page.screenshot({ path: testInfo.outputPath('my-roles-eligible-1280.png'), fullPage: true });

    // Alex can't read the role's settings: the defaults are offered, and Graph's check refuses the missing justification.
    await openActivate(page);
    await expect(panel(page)).toContainText("Your account can't read this role's settings");
    await expect(panel(page).getByRole('combobox', { name: 'Duration (hours)' })).toHaveText('8 hours');
    await panel(page).getByRole('button', { name: 'View Graph request' }).click();
    const preview = page.getByRole('dialog', { name: 'Graph request' });
    await expect(preview.getByText(/"action": "selfActivate"/)).toBeVisible();
    await expect(preview.getByText(/"duration": "PT8H"/)).toBeVisible();
    await preview.getByRole('button', { name: 'Close' }).click();
    await panel(page).getByRole('button', { name: 'Activate', exact: true }).click();
    const refusal = panel(page).getByRole('alert');
    await expect(refusal).toContainText("The role's settings require a justification.");
    await expect(refusal).toContainText('JustificationRule');
    await page.screenshot({ path: testInfo.outputPath('activate-refused-1280.png') });
    await panel(page).getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Active assignments (0)', exact: true })).toBeVisible();

    await openActivate(page);
    await panel(page).getByRole('combobox', { name: 'Duration (hours)' }).click();
    await page.getByRole('option', { name: '2 hours', exact: true }).click();
    await panel(page).getByLabel('Justification').fill('Onboarding the new starters');
    await page.screenshot({ path: testInfo.outputPath('activate-panel-1280.png') });
    await panel(page).getByRole('button', { name: 'Activate', exact: true }).click();
    await expect(page.getByRole('status')).toContainText(`${role} is active now, until`);
    await expect(page.getByRole('status')).toContainText('Provisioned');
    await expect(panel(page)).toHaveCount(0);
    await expect(rowOf(page, 'My eligible assignments', role)).toContainText('Active');

    await tab(page, 'Active assignments').click();
    const active = rowOf(page, 'My role assignments', role);
    await expect(active).toContainText('Activated');
    await expect(active).toContainText(/1 h 5\d min left|2 h left/);
    await page.screenshot({ path: testInfo.outputPath('my-roles-active-1280.png'), fullPage: true });

    // PIM refuses a deactivation within 5 minutes of the activation; the clock moves on instead of the test waiting.
    await emulatorControl.advanceClock('PT6M');
    await page.reload();
    await rowOf(page, 'My role assignments', role).getByRole('button', { name: `Deactivate ${role} at Directory` }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Deactivate role' });
    await confirm.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status')).toContainText(`${role} was deactivated`);
    await expect(grid(page, 'My role assignments')).toHaveCount(0);
    await expect(page.getByText("You don't hold any directory roles.")).toBeVisible();

    await tab(page, 'Requests').click();
    await expect(rowOf(page, 'My requests', 'Deactivate')).toContainText('Revoked');
    await page.screenshot({ path: testInfo.outputPath('my-roles-requests-1280.png'), fullPage: true });
    await expect(rowOf(page, 'My requests', 'Onboarding the new starters')).toContainText('Provisioned');
  });

  test('an activation for 1 hour is gone once the PIM clock is 2 hours on, and is not an expired assignment', async ({ page, browser }) => {
    await signInAs(page, alex, '/my-roles?tab=eligible');
    await openActivate(page);
    await panel(page).getByRole('combobox', { name: 'Duration (hours)' }).click();
    await page.getByRole('option', { name: '1 hour', exact: true }).click();
    await panel(page).getByLabel('Justification').fill('A quick password reset');
    await panel(page).getByRole('button', { name: 'Activate', exact: true }).click();
    await expect(page.getByRole('status')).toContainText(`${role} is active now`);
    await tab(page, 'Active assignments').click();
    await expect(rowOf(page, 'My role assignments', role)).toContainText('Activated');

    await emulatorControl.advanceClock('PT2H');
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Active assignments (0)', exact: true })).toBeVisible();
    await tab(page, 'Eligible assignments').click();
    await expect(rowOf(page, 'My eligible assignments', role).getByRole('button', { name: `Activate ${role} at Directory` })).toBeVisible();

    // The role blade's Expired assignments lists admin assignments whose end passed (lib/roles/pim-rows.ts
    // expiredRequests), not activations that ran out: Alex is not there.
    const admin = await (await browser.newContext()).newPage();
    await signInAs(admin, accounts.privilegedRoleAdministrator, `/roles/${eligible.roleDefinitionId}?tab=expired`);
    await expect(tab(admin, 'Expired assignments')).toHaveAttribute('aria-selected', 'true');
    await expect(admin.getByRole('row').filter({ hasText: alex.displayName })).toHaveCount(0);
    await admin.context().close();
  });
});
