import type { Page } from '@playwright/test';
import { appToken, graphBase } from './fixtures/graph';
import { emulatorControl } from './fixtures/emulator-control';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { builtInRoles, pimSeed } from '../tests/demo-tenant.mjs';

// PIM on the role blade (issue #16): the seeded eligible, active time-bound and expired assignments, and the row
// actions Extend, Remove and Renew as the Privileged Role Administrator, each answered with what Graph said.

const { leeEligibleGlobalAdministrator: lee, johannaEligibleSecurityAdministrator: johanna, joniActiveReportsReader: joni, gradyExpiredMessageCenterReader: grady } = pimSeed.items;

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const grid = (page: Page) => page.getByRole('grid');
const rowOf = (page: Page, name: string) => grid(page).getByRole('row').filter({ hasText: name });

async function userId(token: string, name: string): Promise<string> {
  const response = await fetch(`${graphBase}/users?$filter=${encodeURIComponent(`displayName eq '${name}'`)}&$select=id`, { headers: { Authorization: `Bearer ${token}` } });
  const [user] = ((await response.json()) as { value: Array<{ id: string }> }).value;
  if (!user) throw new Error(`${name} is missing from the demo tenant`);
  return user.id;
}

test.describe('PIM on the role blade', () => {
  test.beforeAll(async () => {
    await resetTenant();
  });
  test.afterAll(async () => {
    // Later specs see the seed again (and the PIM clock back at the seed's time).
    await emulatorControl.reset();
  });

  test('eligible holders of Global Administrator, and Reports Reader\u2019s time-bound active row', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${lee.roleDefinitionId}`);
    await expect(tab(page, 'Active assignments')).toHaveAttribute('aria-selected', 'true');
    await tab(page, 'Eligible assignments').click();
    await expect(page).toHaveURL(/\?tab=eligible$/);
    const leeRow = rowOf(page, lee.displayName);
    await expect(leeRow).toContainText(lee.upn ?? '');
    await expect(leeRow).toContainText('Eligible');
    await expect(leeRow).toContainText('Permanent');
    await expect(leeRow.getByRole('button', { name: `Update ${lee.displayName}` })).toBeVisible();
    await expect(leeRow.getByRole('button', { name: `Extend ${lee.displayName}` })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('eligible-1280.png'), fullPage: true });

    await page.goto(`/roles/${joni.roleDefinitionId}`);
    const joniRow = rowOf(page, joni.displayName);
    await expect(joniRow).toContainText('Assigned');
    // Ends five days after the seed: an end time, not Permanent, and Extend offered.
    await expect(joniRow).toContainText('Expiring soon');
    await expect(joniRow).not.toContainText('Permanent');
    await expect(joniRow.getByRole('button', { name: `Extend ${joni.displayName}` })).toBeVisible();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: testInfo.outputPath('active-1024.png'), fullPage: true });
  });

  test('Extend Johanna\u2019s Security Administrator eligibility', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${johanna.roleDefinitionId}?tab=eligible`);
    const row = rowOf(page, johanna.displayName);
    await expect(row).toContainText('Expiring soon');
    const before = await row.getByRole('gridcell').nth(7).innerText();
    await row.getByRole('button', { name: `Extend ${johanna.displayName}` }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Extend eligible assignment' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Justification').fill('Another quarter on the SOC rota');
    await page.screenshot({ path: testInfo.outputPath('extend-dialog-1280.png') });
    await dialog.getByRole('button', { name: 'View Graph request' }).click();
    const preview = page.getByRole('dialog', { name: 'Graph request' });
    await expect(preview.getByText(/"action": "adminExtend"/)).toBeVisible();
    await preview.getByRole('button', { name: 'Close' }).click();
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status')).toContainText(`${johanna.displayName}\u2019s eligible assignment was extended`);
    await expect(page.getByRole('status')).toContainText('Provisioned');
    const after = rowOf(page, johanna.displayName);
    await expect(after).not.toContainText('Expiring soon');
    expect(await after.getByRole('gridcell').nth(7).innerText()).not.toBe(before);
  });

  test('Remove an eligibility: refused within 5 minutes of its creation, removed after', async ({ page }) => {
    const token = await appToken();
    const debra = await userId(token, 'Debra Berger');
    const created = await fetch(`${graphBase}/roleManagement/directory/roleEligibilityScheduleRequests`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'adminAssign', principalId: debra, roleDefinitionId: builtInRoles.reportsReader, directoryScopeId: '/',
        justification: 'Quarterly reports', scheduleInfo: { expiration: { type: 'noExpiration' } },
      }),
    });
    expect(created.status).toBe(201);

    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${builtInRoles.reportsReader}?tab=eligible`);
    const remove = async () => {
      await rowOf(page, 'Debra Berger').getByRole('button', { name: 'Remove Debra Berger' }).click();
      await page.getByRole('alertdialog', { name: 'Remove eligible assignment' }).getByRole('button', { name: 'Yes' }).click();
    };
    await remove();
    const refusal = page.getByRole('alert').filter({ hasText: 'Remove was refused' });
    await expect(refusal).toContainText('5 minutes');
    // Graph's own words go with ours.
    await expect(refusal).toContainText('ActiveDurationTooShort');

    await emulatorControl.advanceClock('PT6M');
    await page.reload();
    await remove();
    await expect(page.getByRole('status')).toContainText('Debra Berger\u2019s eligible assignment was removed');
    await expect(rowOf(page, 'Debra Berger')).toHaveCount(0);
  });

  test('Renew Grady\u2019s expired Message Center Reader', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${grady.roleDefinitionId}?tab=expired`);
    const row = rowOf(page, grady.displayName);
    await expect(row).toContainText('Expired');
    await row.getByRole('button', { name: `Renew ${grady.displayName}` }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Renew active assignment' });
    await dialog.getByLabel('Justification').fill('Back on the comms rota');
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status')).toContainText(`${grady.displayName}\u2019s active assignment was renewed`);
    await expect(rowOf(page, grady.displayName)).toHaveCount(0);
    await tab(page, 'Active assignments').click();
    await expect(rowOf(page, grady.displayName)).toContainText('Assigned');
  });
});
