import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, modalLightAndDark, screenshotLightAndDark } from './blade-helpers';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

const { helpdeskAdministrator } = builtInRoles;

/** Patti (Privileged Role Administrator) removes the helpdesk group's assignment and adds Alex Wilber, in the portal. */
async function pattiChangesHelpdeskAdministrator(page: Page) {
  await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
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

/** The drawer shows the removal as Entra does: activity, initiator, target(s) and modified properties. */
async function expectEntryDetails(drawer: Locator) {
  const activity = drawer.getByRole('region', { name: 'Activity' });
  await expect(activity).toContainText('Activity typeRemove member from role');
  await expect(activity).toContainText('CategoryRoleManagement');
  await expect(activity).toContainText('StatusSuccess');
  await expect(activity).toContainText(/Date \(UTC\)\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
  await expect(activity).toContainText(/Correlation ID[0-9a-f-]{36}/);
  const actor = drawer.getByRole('region', { name: 'Initiated by (actor)' });
  await expect(actor).toContainText('TypeUser');
  await expect(actor).toContainText('Display namePatti Fernandez');
  await expect(actor).toContainText('User principal namePattiF@contoso.onmicrosoft.com');
  const targets = drawer.getByRole('table', { name: 'Target(s)' });
  await expect(targets.getByRole('row').filter({ hasText: 'Contoso_Helpdesk_Administrators' })).toContainText('Group');
  await expect(targets.getByRole('row').filter({ hasText: 'Helpdesk Administrator' }).last()).toContainText(`Role`);
  const modified = drawer.getByRole('table', { name: 'Modified properties' });
  await expect(modified.getByRole('row').filter({ hasText: 'Role.DisplayName' })).toContainText('Helpdesk Administrator');
  await expect(modified.getByRole('row').filter({ hasText: 'Role.TemplateId' })).toContainText(helpdeskAdministrator);
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
    await megan.waitForURL(new RegExp(`role=${helpdeskAdministrator}`));
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
      new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC,Remove member from role,RoleManagement,Success,Patti Fernandez,PattiF@contoso.onmicrosoft.com,Contoso_Helpdesk_Administrators,Group,,Helpdesk Administrator,${helpdeskAdministrator},Directory,/,`),
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

  test('a Global Administrator opens an entry\u2019s details from the list and by its URL', async ({ page, browser }, testInfo) => {
    await pattiChangesHelpdeskAdministrator(page);

    const megan = await pageFor(browser);
    await signInAs(megan, accounts.globalAdministrator, '/audit');
    const removed = rowsOf(megan).filter({ hasText: 'Remove member from role' });
    await removed.getByRole('link', { name: 'Remove member from role' }).click();
    await megan.waitForURL(/\/audit\?entry=[0-9a-f-]{36}$/);
    const entryUrl = megan.url();
    const drawer = megan.getByRole('dialog', { name: 'Audit log details' });
    await expectEntryDetails(drawer);

    // Closing removes the entry from the URL; Back (after opening it again) closes it too.
    await drawer.getByRole('button', { name: 'Close' }).click();
    await megan.waitForURL((url) => url.pathname === '/audit' && url.search === '');
    await expect(drawer).toHaveCount(0);
    await removed.getByRole('link', { name: 'Remove member from role' }).click();
    await megan.waitForURL(entryUrl);
    await expect(drawer.getByRole('region', { name: 'Activity' })).toBeVisible();
    await megan.goBack();
    await megan.waitForURL((url) => url.pathname === '/audit' && url.search === '');
    await expect(drawer).toHaveCount(0);
    await expect(rowsOf(megan)).toHaveCount(2);

    // The URL opens the entry directly, over the list (hidden from assistive technology while the pane is open).
    await megan.goto(entryUrl);
    await expectEntryDetails(drawer);
    await drawer.getByRole('table', { name: 'Modified properties' }).scrollIntoViewIfNeeded();
    await testInfo.attach('audit-entry-targets-light', { body: await megan.screenshot(), contentType: 'image/png' });
    await modalLightAndDark(megan, testInfo, 'audit-entry', {
      open: async () => {
        await megan.goto(entryUrl);
        await expect(drawer.getByRole('region', { name: 'Activity' })).toBeVisible();
      },
      close: async () => {
        await drawer.getByRole('button', { name: 'Close' }).click();
        await expect(drawer).toHaveCount(0);
      },
    });

    // An unknown or malformed id is a note in the pane, not an error page.
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not%20an%20id']) {
      await megan.goto(`/audit?entry=${id}`);
      await expect(drawer.getByText('Audit entry not found')).toBeVisible();
      await expect(drawer.getByText(`No audit entry has the ID "${decodeURIComponent(id)}".`, { exact: false })).toBeVisible();
    }
    await expectNoAxeViolations(megan, 'the not-found note');
    await testInfo.attach('audit-entry-not-found', { body: await megan.screenshot(), contentType: 'image/png' });
    await drawer.getByRole('button', { name: 'Close' }).click();
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
