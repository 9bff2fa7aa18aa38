import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations, screenshotLightAndDark } from './blade-helpers';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';

const HELPDESK_ADMINISTRATOR = '729827e3-9c14-49f7-bb1b-9608f156bbb8';

/** Patti (Privileged Role Administrator) removes the helpdesk group's assignment and adds Alex Wilber, in the portal. */
async function pattiChangesHelpdeskAdministrator(page: Page) {
  await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${HELPDESK_ADMINISTRATOR}`);
  await page.getByRole('checkbox', { name: 'Select Contoso_Helpdesk_Administrators at Directory' }).check();
  await page.getByRole('button', { name: 'Remove assignment' }).click();
  await page.getByRole('alertdialog', { name: 'Remove assignment' }).getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed 1 assignment of Helpdesk Administrator.' })).toBeVisible();

  await page.getByRole('button', { name: 'Add assignments' }).click();
  const panel = page.getByRole('dialog', { name: 'Add assignments' });
  await panel.getByRole('combobox', { name: 'Search members' }).fill('Alex');
  await panel.getByRole('menuitemcheckbox', { name: /^Alex Wilber/ }).click();
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added Alex Wilber to Helpdesk Administrator at Directory scope.' })).toBeVisible();
}

/** A second person, in a browser of their own. */
async function pageFor(browser: Browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Audit log of role management changes' });
const rowsOf = (page: Page) => grid(page).getByRole('row').filter({ hasNot: page.getByRole('columnheader') });

test.describe('Audit logs', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('a Global Administrator sees who changed a role, filters it, and downloads it', async ({ page, browser }, testInfo) => {
    await pattiChangesHelpdeskAdministrator(page);

    const megan = await pageFor(browser);
    await signInAs(megan, accounts.globalAdministrator, '/audit');
    await expect(megan.getByRole('heading', { level: 1, name: 'Audit logs' })).toBeVisible();
    const removed = rowsOf(megan).filter({ hasText: 'Remove member from role' });
    await expect(removed).toHaveCount(1);
    await expect(removed).toContainText('Patti Fernandez');
    await expect(removed).toContainText('PattiF@contoso.onmicrosoft.com');
    await expect(removed).toContainText('Contoso_Helpdesk_Administrators');
    await expect(removed).toContainText('Helpdesk Administrator');
    await expect(removed).toContainText('Directory');
    await expect(removed).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    const added = rowsOf(megan).filter({ hasText: 'Add member to role' });
    await expect(added).toHaveCount(1);
    await expect(added).toContainText('Alex Wilber');
    // Newest first: the addition came after the removal.
    await expect(rowsOf(megan).first()).toContainText('Add member to role');
    await expectNoAxeViolations(megan, 'the audit log');
    await screenshotLightAndDark(megan, testInfo, 'audit');

    // Activity: only removals, and the URL says so.
    await megan.getByRole('combobox', { name: 'Activity' }).click();
    await megan.getByRole('option', { name: 'Remove member from role' }).click();
    await megan.waitForURL(/activity=Remove\+member\+from\+role/);
    await expect(rowsOf(megan)).toHaveCount(1);
    await expect(rowsOf(megan).first()).toContainText('Contoso_Helpdesk_Administrators');

    // Initiated by and Role narrow further, and survive a reload.
    await megan.getByRole('combobox', { name: 'Initiated by' }).click();
    await megan.getByRole('option', { name: /^Patti Fernandez/ }).click();
    await megan.waitForURL(/actor=[0-9a-f-]{36}/);
    await megan.getByRole('combobox', { name: 'Role' }).click();
    await megan.getByRole('option', { name: 'Helpdesk Administrator', exact: true }).click();
    await megan.waitForURL(new RegExp(`role=${HELPDESK_ADMINISTRATOR}`));
    await megan.reload();
    await expect(megan.getByRole('combobox', { name: 'Activity' })).toHaveText('Remove member from role');
    await expect(megan.getByRole('combobox', { name: 'Initiated by' })).toHaveText('Patti Fernandez');
    await expect(megan.getByRole('combobox', { name: 'Role' })).toHaveText('Helpdesk Administrator');
    await expect(rowsOf(megan)).toHaveCount(1);
    await testInfo.attach('audit-filtered', { body: await megan.screenshot({ fullPage: true }), contentType: 'image/png' });

    // Download holds the filtered entries.
    const [download] = await Promise.all([megan.waitForEvent('download'), megan.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-role-management-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Date (UTC),Activity,Category,Result,Initiated by,Initiated by (UPN or app ID),Target,Target type,Target detail,Role,Role ID,Scope,Scope ID,Correlation ID,Audit ID',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC,Remove member from role,RoleManagement,Success,Patti Fernandez,PattiF@contoso.onmicrosoft.com,Contoso_Helpdesk_Administrators,Group,,Helpdesk Administrator,${HELPDESK_ADMINISTRATOR},Directory,/,`),
    );

    // A date range that ends before today leaves nothing; Reset filters brings everything back.
    await megan.getByLabel('To (UTC)').fill('2020-01-01');
    await megan.waitForURL(/to=2020-01-01/);
    await expect(megan.getByText('No entries match')).toBeVisible();
    await megan.getByRole('button', { name: 'Reset filters' }).first().click();
    await megan.waitForURL((url) => url.pathname === '/audit' && url.search === '');
    await expect(rowsOf(megan)).toHaveCount(2);
    await megan.context().close();
  });

  test('a Privileged Role Administrator is told which role reads audit logs', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/audit');
    await expect(page.getByText("You can't read audit logs")).toBeVisible();
    await expect(page.getByText(/such as Reports Reader, Security Reader, Global Reader or Global Administrator/)).toBeVisible();
    await expect(page.getByRole('grid')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the 403 message');
    await testInfo.attach('audit-forbidden', { body: await page.screenshot(), contentType: 'image/png' });
  });
});
