import type { Locator, Page } from '@playwright/test';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { pimDateText } from '../lib/roles/pim-labels';

// Add assignments' Setting step (issue #16): Eligible or Active, Permanently or until a date, and a justification,
// sent as PIM's adminAssign schedule requests; the role blade's PIM tabs show the result, a refusal says why.

const knowledgeAdministrator = 'b5a8dcf3-09d5-43a9-a639-8e29ef291470';
const searchAdministrator = '0964bb5e-9bdb-4d7b-ac29-58e794862a40';
const printerAdministrator = '644ef478-e28f-4e28-b9dc-3fdde9aa0b1f';

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const rowOf = (page: Page, name: string) => page.getByRole('grid').getByRole('row').filter({ hasText: name });

async function openPanelWith(page: Page, roleId: string, search: string, member: string): Promise<Locator> {
  await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${roleId}`);
  await page.getByRole('toolbar', { name: 'Assignment commands' }).getByRole('button', { name: 'Add assignments' }).click();
  const panel = page.getByRole('dialog', { name: 'Add assignments' });
  await panel.getByRole('combobox', { name: 'Search members' }).fill(search);
  await panel.getByRole('menuitemcheckbox', { name: new RegExp(`^${member}`) }).click();
  await panel.getByRole('heading', { name: 'Select member(s)' }).click();
  await expect(panel.getByRole('toolbar', { name: /^Selected members/ }).getByRole('button', { name: new RegExp(`^${member}`) })).toBeVisible();
  // The role's settings, read for the Setting step.
  await expect(panel.getByText("This role's settings")).toBeVisible();
  return panel;
}

/** A time as the browser's datetime-local field takes it, in the browser's own time zone. */
const localInput = (page: Page, ms: number) =>
  page.evaluate((at) => {
    const date = new Date(at);
    return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }, ms);

test.describe('Add assignments: Setting', () => {
  test.beforeAll(async () => {
    await resetTenant();
  });
  test.afterAll(async () => {
    await resetTenant();
  });

  test('makes a user permanently eligible, and the Eligible assignments tab lists her', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const panel = await openPanelWith(page, knowledgeAdministrator, 'Henri', 'Henrietta Mueller');
    await panel.getByRole('radio', { name: 'Eligible' }).check();
    await expect(panel.getByText('Eligible assignments may be permanent.')).toBeVisible();
    await expect(panel.getByRole('checkbox', { name: 'Permanently eligible' })).toBeChecked();
    await panel.getByRole('textbox', { name: 'Justification' }).fill('Owns the knowledge base');
    await panel.getByRole('heading', { name: 'Setting' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('setting-eligible-1280.png') });

    await panel.getByRole('button', { name: 'View Graph request' }).click();
    const preview = page.getByRole('dialog', { name: 'Graph request' });
    await expect(preview.getByText(/POST \S+\/roleManagement\/directory\/roleEligibilityScheduleRequests/)).toBeVisible();
    await expect(preview.getByText(/"action": "adminAssign"/)).toBeVisible();
    await expect(preview.getByText(/"type": "noExpiration"/)).toBeVisible();
    await preview.getByRole('button', { name: 'Close' }).click();

    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Henrietta Mueller added as eligible to Knowledge Administrator at Directory scope.' })).toBeVisible();
    await expect(panel).toBeHidden();
    await tab(page, 'Eligible assignments').click();
    const row = rowOf(page, 'Henrietta Mueller');
    await expect(row).toContainText('Eligible');
    await expect(row).toContainText('Permanent');
  });

  test('assigns Active until a date, and the Active assignments tab shows its end', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const panel = await openPanelWith(page, searchAdministrator, 'Enrico', 'Enrico Cattaneo');
    await expect(panel.getByRole('radio', { name: 'Active' })).toBeChecked();
    await panel.getByRole('checkbox', { name: 'Permanently assigned' }).uncheck();
    // An end is proposed at once; the admin picks another.
    await expect(panel.getByLabel('Assignment ends')).not.toHaveValue('');
    const end = Math.floor((Date.now() + 10 * 24 * 3600_000) / 60_000) * 60_000;
    await panel.getByLabel('Assignment ends').fill(await localInput(page, end));
    await panel.getByRole('textbox', { name: 'Justification' }).fill('Search migration');
    await page.screenshot({ path: testInfo.outputPath('setting-active-timebound-1280.png') });

    await panel.getByRole('button', { name: 'View Graph request' }).click();
    const preview = page.getByRole('dialog', { name: 'Graph request' });
    await expect(preview.getByText(/POST \S+\/roleManagement\/directory\/roleAssignmentScheduleRequests/)).toBeVisible();
    await expect(preview.getByText(/"type": "afterDateTime"/)).toBeVisible();
    await preview.getByRole('button', { name: 'Close' }).click();

    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Enrico Cattaneo added as active to Search Administrator at Directory scope.' })).toBeVisible();
    const row = rowOf(page, 'Enrico Cattaneo');
    await expect(row).toContainText(pimDateText(new Date(end).toISOString()));
    await expect(row).not.toContainText('Permanent');
  });

  test('a request the role\u2019s settings refuse says why in plain words and adds nothing', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const panel = await openPanelWith(page, printerAdministrator, 'Enrico', 'Enrico Cattaneo');
    await expect(panel.getByText('Active assignments require a justification.')).toBeVisible();
    await panel.getByRole('checkbox', { name: 'Permanently assigned' }).uncheck();
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    const said = panel.getByRole('alert').filter({ hasText: 'not added' });
    await expect(said).toContainText("The role's settings require a justification.");
    await expect(said).toContainText('JustificationRule');
    await page.screenshot({ path: testInfo.outputPath('setting-refused-1280.png') });
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(rowOf(page, 'Enrico Cattaneo')).toHaveCount(0);
  });
});
