import type { Page } from '@playwright/test';
import { expectNoAxeViolations, graphLog, openFromList, screenshotLightAndDark, summary } from './blade-helpers';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';

// Users (issue #6): All users and a user's Overview and Assigned roles.

const openUser = (page: Page, search: string, name: string) => openFromList(page, 'users', search, name);

test.describe('Users', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('searches users, with the search in the URL', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, '/users');
    const grid = page.getByRole('grid', { name: 'Users' });
    await expect(grid.getByRole('row', { name: /Megan Bowen/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /of \d+ users/ })).toBeVisible();
    await screenshotLightAndDark(page, testInfo, 'users');

    await graphLog.clear();
    await page.getByRole('searchbox', { name: 'Search by name or user principal name' }).fill("O'Brien");
    await expect(page).toHaveURL(/search=O(%27|')Brien/);
    await expect(grid.getByRole('row', { name: /Shannon O'Brien.*ShannonO@contoso\.onmicrosoft\.com.*Member/ })).toBeVisible();
    await expect(grid.getByRole('row', { name: /Megan Bowen/ })).toBeHidden();
    const served = await graphLog.read();
    await testInfo.attach('graph-requests-users-search', { body: summary(served), contentType: 'text/plain' });
    expect(served.filter((r) => r.path.startsWith('/v1.0/users?')).length).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page);

    // A shared link opens the same search.
    await page.goto('/users?search=alex');
    await expect(page.getByRole('searchbox', { name: 'Search by name or user principal name' })).toHaveValue('alex');
    await expect(grid.getByRole('row', { name: /Alex Wilber/ })).toBeVisible();
  });

  test('shows a user with a role inherited through a group, axe-clean', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, '/users');
    await openUser(page, 'Diego', 'Diego Siciliani');
    await expect(page.getByRole('definition').filter({ hasText: 'DiegoS@contoso.onmicrosoft.com' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshotLightAndDark(page, testInfo, 'user-overview');

    await graphLog.clear();
    await page.getByRole('tab', { name: 'Assigned roles' }).click();
    const row = page.getByRole('row', { name: /Helpdesk Administrator.*Directory.*Group: Contoso_Helpdesk_Administrators/ });
    await expect(row).toBeVisible();
    await expect(row.getByRole('link', { name: 'Contoso_Helpdesk_Administrators' })).toBeVisible();
    await expect(page.getByText('To remove indirect role assignments, remove the user from the group that has been assigned the role.')).toBeVisible();
    await testInfo.attach('graph-requests-user-roles', { body: summary(await graphLog.read()), contentType: 'text/plain' });
    await expectNoAxeViolations(page);
    await screenshotLightAndDark(page, testInfo, 'user-roles');
  });

  test('removes an inherited role by removing the user from the group', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/users');
    await openUser(page, 'Diego', 'Diego Siciliani');
    await page.getByRole('tab', { name: 'Assigned roles' }).click();
    await page.getByRole('checkbox', { name: 'Select Helpdesk Administrator at Directory via Contoso_Helpdesk_Administrators' }).check();
    await expect(page.getByRole('button', { name: 'Remove assignment' })).toBeDisabled();
    await page.getByRole('button', { name: 'Remove from group' }).click();

    const confirm = page.getByRole('alertdialog', { name: 'Remove from group' });
    await expect(confirm).toContainText('This removes Diego Siciliani from the group \u201cContoso_Helpdesk_Administrators\u201d, and so from every role the group holds');
    await expect(confirm.getByRole('list', { name: 'Roles held through Contoso_Helpdesk_Administrators' })).toContainText('Helpdesk Administrator');
    await testInfo.attach('remove-from-group', { body: await page.screenshot(), contentType: 'image/png' });
    await confirm.getByRole('button', { name: 'Yes' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Removed Diego Siciliani from Contoso_Helpdesk_Administrators' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Helpdesk Administrator/ })).toBeHidden();
    await expect(page.getByText("Diego Siciliani doesn't hold any directory roles")).toBeVisible();

    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.goto('/groups?search=Contoso_Helpdesk');
    await page.getByRole('link', { name: 'Contoso_Helpdesk_Administrators', exact: true }).click();
    await page.getByRole('tab', { name: 'Members' }).click();
    await expect(page.getByRole('row', { name: /Lynne Robbins/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Diego Siciliani/ })).toBeHidden();
  });

  test('removes a direct assignment from a user', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/users');
    await openUser(page, 'Lee', 'Lee Gu');
    await page.getByRole('tab', { name: 'Assigned roles' }).click();
    const row = page.getByRole('row', { name: /User Administrator.*Seattle.*Direct/ });
    await expect(row).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select User Administrator at Seattle' }).check();
    await expect(page.getByRole('button', { name: 'Remove from group' })).toBeDisabled();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove assignment' });
    await expect(confirm).toContainText('User Administrator');
    await expect(confirm).toContainText('Seattle (Administrative unit)');
    await confirm.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Removed 1 assignment of User Administrator/ })).toBeVisible();
    await expect(row).toBeHidden();
  });

  test('says a user is not found for a malformed or unknown id', async ({ page }) => {
    await signInAs(page, accounts.globalReader, '/users/not-a-guid');
    await expect(page.getByRole('heading', { name: 'User not found' })).toBeVisible();
    await page.goto('/users/00000000-0000-4000-8000-000000000000/roles');
    await expect(page.getByRole('heading', { name: 'User not found' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
