import type { Page } from '@playwright/test';
import { expectNoAxeViolations, graphLog, openFromList, screenshotLightAndDark, summary } from './blade-helpers';
import { builtInRoles } from '../tests/demo-tenant.mjs';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';

// Groups (issue #6): All groups, New group, and a group's Overview, Members and Assigned roles.

const { helpdeskAdministrator } = builtInRoles;
const toggleLabel = 'Microsoft Entra roles can be assigned to the group';

const openGroup = (page: Page, name: string) => openFromList(page, 'groups', name, name);

test.describe('Groups', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('lists groups with their type and role-assignable state, and filters to role-assignable ones', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, '/groups');
    await graphLog.clear();
    await page.reload();
    const grid = page.getByRole('grid', { name: 'Groups' });
    await expect(grid.getByRole('row', { name: /Sales and Marketing.*Microsoft 365.*No/ })).toBeVisible();
    await expect(grid.getByRole('row', { name: /Contoso_Helpdesk_Administrators.*Security.*Assigned.*Yes/ })).toBeVisible();
    const served = await graphLog.read();
    await testInfo.attach('graph-requests-groups-list', { body: summary(served), contentType: 'text/plain' });
    expect(served.filter((r) => r.path.startsWith('/v1.0/groups?'))).toHaveLength(1);
    expect(served.filter((r) => r.path === '/v1.0/$batch' && r.method === 'POST').length).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: 'Add filters' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Role assignable' }).click();
    await expect(page).toHaveURL(/roleAssignable=1/);
    await expect(grid.getByRole('row', { name: /Sales and Marketing/ })).toBeHidden();
    await expect(grid.getByRole('row', { name: /Contoso_App_Admins/ })).toBeVisible();
    await expect(page.getByText('Role assignable: Yes')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotLightAndDark(page, testInfo, 'groups-role-assignable');

    // The filter is in the URL: a reload (or a shared link) shows the same list.
    await page.reload();
    await expect(grid.getByRole('row', { name: /Contoso_Security_Readers/ })).toBeVisible();
    await expect(grid.getByRole('row', { name: /All Company/ })).toBeHidden();
  });

  test('creates a role-assignable group as a Privileged Role Administrator and assigns it a role', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/groups');
    const panel = page.getByRole('dialog', { name: 'New group' });
    await page.getByRole('button', { name: 'New group' }).click();
    await expect(panel).toBeVisible();
    await panel.getByRole('textbox', { name: 'Group name' }).fill('Contoso Tier 2 Helpdesk');
    await expect(panel.getByRole('textbox', { name: 'Mail nickname' })).toHaveValue('ContosoTier2Helpdesk');
    await panel.getByRole('switch', { name: toggleLabel }).check();
    await expect(panel.getByRole('combobox', { name: 'Group type' })).toBeDisabled();
    await testInfo.attach('new-group', { body: await page.screenshot(), contentType: 'image/png' });
    await panel.getByRole('button', { name: 'Create' }).click();

    const confirm = page.getByRole('alertdialog', { name: 'Create a role-assignable group?' });
    await expect(confirm).toContainText('Creating a group to which Microsoft Entra roles can be assigned is a setting that cannot be changed later. Are you sure you want to add this capability?');
    await testInfo.attach('confirmation', { body: await page.screenshot(), contentType: 'image/png' });
    await confirm.getByRole('button', { name: 'Yes' }).click();

    await expect(page.getByRole('heading', { name: 'Contoso Tier 2 Helpdesk | Overview' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Created group Contoso Tier 2 Helpdesk.' })).toBeVisible();
    const groupUrl = new URL(page.url()).pathname;

    // It is role-assignable, so Add assignments offers it.
    await page.goto(`/roles/${helpdeskAdministrator}`);
    await page.getByRole('button', { name: 'Add assignments' }).click();
    const add = page.getByRole('dialog', { name: 'Add assignments' });
    await add.getByRole('combobox', { name: 'Search members' }).fill('Tier 2');
    await add.getByRole('menuitemcheckbox', { name: /^Contoso Tier 2 Helpdesk/ }).click();
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /Added Contoso Tier 2 Helpdesk/ })).toBeVisible();

    await page.goto(`${groupUrl}/roles`);
    await expect(page.getByRole('heading', { name: 'Contoso Tier 2 Helpdesk | Assigned roles' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Helpdesk Administrator.*Directory/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const account of [accounts.globalReader, accounts.noAdminRole]) {
    test(`does not offer New group or the role-assignable toggle to ${account.displayName}`, async ({ page }) => {
      await signInAs(page, account, '/groups');
      await expect(page.getByRole('button', { name: 'New group' })).toBeDisabled();
      await expect(page.getByText(toggleLabel)).toHaveCount(0);
    });
  }

  test('shows a role-assignable group: overview, members and assigned roles, each axe-clean', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, '/groups');
    await graphLog.clear();
    await openGroup(page, 'Contoso_Helpdesk_Administrators');
    await expect(page.getByRole('definition').filter({ hasText: /^3 members$/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotLightAndDark(page, testInfo, 'group-overview');

    await page.getByRole('tab', { name: 'Members' }).click();
    await expect(page.getByRole('heading', { name: 'Contoso_Helpdesk_Administrators | Members' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Diego Siciliani/ })).toBeVisible();
    // A Global Reader sees why the commands are off.
    await expect(page.getByRole('button', { name: 'Add members' })).toBeDisabled();
    await expect(page.getByText('Changing its members needs the Privileged Role Administrator or Global Administrator role.')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotLightAndDark(page, testInfo, 'group-members');

    await page.getByRole('tab', { name: 'Assigned roles' }).click();
    await expect(page.getByRole('row', { name: /Helpdesk Administrator.*Directory/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Helpdesk Administrator' })).toHaveAttribute('href', `/roles/${helpdeskAdministrator}`);
    await expectNoAxeViolations(page);
    await screenshotLightAndDark(page, testInfo, 'group-roles');
    await testInfo.attach('graph-requests-group-blade', { body: summary(await graphLog.read()), contentType: 'text/plain' });
  });

  test('adds and removes a member of an ordinary group', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/groups');
    await openGroup(page, 'Engineering');
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByRole('button', { name: 'Add members' }).click();
    const panel = page.getByRole('dialog', { name: 'Add members' });
    await panel.getByRole('combobox', { name: 'Search users and service principals' }).fill("Shannon");
    await panel.getByRole('menuitemcheckbox', { name: /^Shannon O'Brien/ }).click();
    await panel.getByRole('button', { name: 'Select' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added 1 member to Engineering.' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Shannon O'Brien/ })).toBeVisible();

    await page.getByRole('checkbox', { name: "Select Shannon O'Brien" }).check();
    await page.getByRole('button', { name: 'Remove member' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove member' });
    await expect(confirm).toContainText("Shannon O'Brien");
    await confirm.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed 1 member from Engineering.' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Shannon O'Brien/ })).toBeHidden();
  });

  test('says a group is not found for a malformed or unknown id', async ({ page }) => {
    await signInAs(page, accounts.globalReader, '/groups/not-a-guid');
    await expect(page.getByRole('heading', { name: 'Group not found' })).toBeVisible();
    await page.goto('/groups/00000000-0000-4000-8000-000000000000/members');
    await expect(page.getByRole('heading', { name: 'Group not found' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
