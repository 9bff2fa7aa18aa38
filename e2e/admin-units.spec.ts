import type { Page } from '@playwright/test';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { expectNoAxeViolations, graphLog, pickMember, screenshotLightAndDark, summary } from './blade-helpers';
import { builtInRoles } from '../tests/demo-tenant.mjs';

// Administrative units and their "Roles and administrators" (issue #6).
const { helpdeskAdministrator, globalAdministrator } = builtInRoles;

async function openUnit(page: Page, name: string, account: { displayName: string; upn: string } = accounts.privilegedRoleAdministrator) {
  await signInAs(page, account, '/admin-units');
  await expect(page.getByRole('heading', { level: 1, name: 'Administrative units' })).toBeVisible();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} | Overview` })).toBeVisible();
}

async function openUnitRoles(page: Page, name: string, account?: { displayName: string; upn: string }) {
  await openUnit(page, name, account);
  await page.getByRole('tab', { name: 'Roles and administrators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} | Roles and administrators` })).toBeVisible();
}

const rolesGrid = (page: Page) => page.getByRole('grid', { name: /^Roles assignable at / });

test.describe('Administrative units', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('lists the units with their member counts, searchable, the search kept in the URL', async ({ page }, testInfo) => {
    await graphLog.clear();
    await signInAs(page, accounts.privilegedRoleAdministrator, '/admin-units');
    const grid = page.getByRole('grid', { name: 'Administrative units' });
    await expect(grid.getByRole('link', { name: 'Seattle' })).toBeVisible();
    await expect(grid.getByRole('link', { name: 'London' })).toBeVisible();
    await expect(grid.getByRole('link', { name: 'Engineering Department' })).toBeVisible();
    const served = await graphLog.read();
    await testInfo.attach('graph-requests-list', { body: summary(served), contentType: 'text/plain' });
    // Member counts come from one $batch, never one request per row.
    expect(served.filter((r) => r.batchId && r.path.includes('/members')).length).toBe(3);
    expect(served.filter((r) => !r.batchId && r.path.includes('/members'))).toHaveLength(0);

    await page.getByRole('searchbox', { name: 'Search administrative units' }).fill('lond');
    await expect(grid.getByRole('link', { name: 'Seattle' })).toHaveCount(0);
    await expect(page).toHaveURL(/search=lond/);
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search administrative units' })).toHaveValue('lond');
    await expect(grid.getByRole('link', { name: 'London' })).toBeVisible();
    await expect(grid.getByRole('link', { name: 'Seattle' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the Administrative units list');
    await screenshotLightAndDark(page, testInfo, 'admin-units-list');
  });

  test('a unit\u2019s overview lists its direct members with their type', async ({ page }, testInfo) => {
    await openUnit(page, 'Engineering Department');
    const members = page.getByRole('grid', { name: 'Members of Engineering Department' });
    await expect(members.getByRole('row', { name: /Engineering\s+Group/ })).toBeVisible();
    await expect(members.getByRole('row', { name: /Johanna Lorenz.*User/ })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Administrative units');
    await expectNoAxeViolations(page, 'the unit overview');
    await screenshotLightAndDark(page, testInfo, 'admin-unit-overview');
  });

  test('assigns a role at administrative-unit scope through the unit\u2019s blade', async ({ page }, testInfo) => {
    await openUnitRoles(page, 'Seattle');
    await expect(page.getByText("Roles assigned here apply to the unit's direct members (users, groups, devices), not to the unit itself.", { exact: false })).toBeVisible();
    await expect(rolesGrid(page).getByRole('link', { name: 'Helpdesk Administrator' })).toBeVisible();
    await expect(rolesGrid(page).getByRole('link', { name: 'User Administrator' })).toBeVisible();
    await expect(rolesGrid(page).getByRole('link', { name: 'Global Administrator', exact: true })).toHaveCount(0);
    await expect(rolesGrid(page).getByRole('row', { name: /^User Administrator/ }).getByRole('gridcell').last()).toHaveText('1');
    await expectNoAxeViolations(page, 'the unit\u2019s Roles and administrators');
    await screenshotLightAndDark(page, testInfo, 'admin-unit-roles');

    await graphLog.clear();
    await rolesGrid(page).getByRole('link', { name: 'Helpdesk Administrator' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk Administrator | Assignments' })).toBeVisible();
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    for (const crumb of ['Home', 'Administrative units', 'Seattle', 'Roles and administrators', 'Helpdesk Administrator']) {
      await expect(crumbs.getByText(crumb, { exact: true })).toBeVisible();
    }
    await testInfo.attach('graph-requests-role-at-unit', { body: summary(await graphLog.read()), contentType: 'text/plain' });
    await expect(page.getByText('No one holds Helpdesk Administrator scoped to Seattle.', { exact: false })).toBeVisible();

    await page.getByRole('button', { name: 'Add assignments' }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await expect(panel.getByText('Scope: Seattle (Administrative unit)')).toBeVisible();
    await pickMember(panel, 'Alex', 'Alex Wilber');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Alex Wilber to Helpdesk Administrator at Seattle.' })).toBeVisible();
    await expect(panel).toBeHidden();
    const grid = page.getByRole('grid', { name: 'Assignments of Helpdesk Administrator scoped to Seattle' });
    await expect(grid.getByRole('row', { name: /Alex Wilber/ })).toBeVisible();
    await expectNoAxeViolations(page, 'the role at the unit');
    await screenshotLightAndDark(page, testInfo, 'admin-unit-role-added');

    // The role's own blade shows it too, with the unit as its scope.
    await page.goto(`/roles/${helpdeskAdministrator}`);
    await expect(page.getByRole('row', { name: /Alex Wilber.*Seattle.*Administrative unit/ })).toBeVisible();
  });

  test('removes an assignment scoped to the unit', async ({ page }) => {
    await openUnitRoles(page, 'Seattle');
    await rolesGrid(page).getByRole('link', { name: 'User Administrator' }).click();
    await page.getByRole('checkbox', { name: 'Select Lee Gu at Seattle (Administrative unit)' }).check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove assignment' });
    await expect(dialog.getByText(/\(User, LeeG@contoso.onmicrosoft.com\) at Seattle \(Administrative unit\)/)).toBeVisible();
    await expectNoAxeViolations(page, 'the remove dialog at the unit');
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed 1 assignment of User Administrator.' })).toBeVisible();
    await expect(page.getByText('No one holds User Administrator scoped to Seattle.', { exact: false })).toBeVisible();
  });

  test('explains a role the unit\u2019s scope does not support, and offers no Add', async ({ page }, testInfo) => {
    await openUnit(page, 'Seattle');
    await page.goto(`${new URL(page.url()).pathname}/roles/${globalAdministrator}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Global Administrator | Assignments' })).toBeVisible();
    await expect(page.getByText("Global Administrator can't be assigned at administrative-unit scope.", { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add assignments' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'an unsupported role at the unit');
    await screenshotLightAndDark(page, testInfo, 'admin-unit-unsupported-role');
  });

  test('warns that a guest can\u2019t use a role at the unit without Directory Readers, and fixes it in one click', async ({ page }, testInfo) => {
    await openUnitRoles(page, 'London');
    const warning = page.getByText("Ravi Kumar can't use their role here yet");
    await expect(warning).toBeVisible();
    await expect(page.getByText(/Ravi Kumar \(guest\) holds Helpdesk Administrator here, but no role that reads the directory\./)).toBeVisible();
    await screenshotLightAndDark(page, testInfo, 'admin-unit-guest-warning');
    await page.getByRole('button', { name: 'Add Directory Readers for Ravi Kumar' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Ravi Kumar to Directory Readers at Directory scope.' })).toBeVisible();
    await expect(warning).toHaveCount(0);
    await page.goto('/roles/88d8e3e3-8f55-4a1e-953a-9b9898b8876b');
    await expect(page.getByRole('row', { name: /Ravi Kumar.*Directory/ })).toBeVisible();
  });

  test('a Global Reader sees the warning and Add and Remove disabled, with the reason', async ({ page }) => {
    await openUnitRoles(page, 'London', accounts.globalReader);
    await expect(page.getByText("Ravi Kumar can't use their role here yet")).toBeVisible();
    await expect(page.getByRole('button', { name: /^Add Directory Readers/ })).toHaveCount(0);
    await rolesGrid(page).getByRole('link', { name: 'Helpdesk Administrator' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk Administrator | Assignments' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add assignments' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Remove assignment', exact: true })).toBeDisabled();
    await expect(page.getByText("Why can't I add or remove assignments?")).toBeVisible();
    await expectNoAxeViolations(page, 'the role at the unit for a reader');
  });

  test('a malformed or unknown unit or role is not found, in the blade\u2019s words', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/admin-units/not-a-guid');
    await expect(page.getByRole('heading', { name: 'Administrative unit not found' })).toBeVisible();
    await page.goto('/admin-units/00000000-0000-4000-8000-000000000000/roles');
    await expect(page.getByRole('heading', { name: 'Administrative unit not found' })).toBeVisible();
    await expectNoAxeViolations(page, 'the unit not-found page');
    await openUnit(page, 'Seattle');
    await page.goto(`${new URL(page.url()).pathname}/roles/00000000-0000-4000-8000-000000000000`);
    await expect(page.getByRole('heading', { name: 'Role not found' })).toBeVisible();
  });
});
