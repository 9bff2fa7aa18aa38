import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { graphLog, openFromList, pickMember, summary } from './blade-helpers';
import { builtInRoles } from '../tests/demo-tenant.mjs';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';

// Issue #13: Add assignments from a user's and a group's Assigned roles; the role blade's picker marking who holds
// the role at the chosen scope already; the Directory Readers warning before Add rather than after.
const { helpdeskAdministrator } = builtInRoles;

async function openAssignedRoles(page: Page, list: 'users' | 'groups', search: string, name: string) {
  await openFromList(page, list, search, name);
  await page.getByRole('tab', { name: 'Assigned roles' }).click();
  await expect(page.getByRole('heading', { name: `${name} | Assigned roles` })).toBeVisible();
}

async function openAddPanel(page: Page) {
  await page.getByRole('button', { name: 'Add assignments', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Add assignments' });
  await expect(panel.getByRole('heading', { name: 'Select role' })).toBeVisible();
  return panel;
}

async function pickRole(panel: Locator, search: string, name: string) {
  await panel.getByRole('combobox', { name: /^Role/ }).fill(search);
  await panel.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await expect(panel.getByRole('combobox', { name: /^Role/ })).toHaveValue(name);
}

async function pickUnit(panel: Locator, unit: string) {
  await panel.getByRole('combobox', { name: 'Scope type' }).click();
  await panel.getByRole('option', { name: 'Administrative unit' }).click();
  await panel.getByRole('combobox', { name: /^Administrative unit/ }).click();
  await panel.getByRole('option', { name: unit }).click();
}

/** axe on the open panel and its screenshots in light and dark; `reopen` brings back a list the theme switch closed. */
async function panelAxeAndScreenshots(page: Page, testInfo: TestInfo, name: string, reopen: () => Promise<void> = async () => {}) {
  const check = async () => {
    const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').exclude('[data-tabster-dummy]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await check();
  const shoot = async (theme: string) => {
    const path = testInfo.outputPath(`${name}-${theme}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`${name}-${theme}`, { path, contentType: 'image/png' });
  };
  await shoot('light');
  // The theme switch is in the top bar, behind the panel's overlay: switch it from the page, as a returning admin would.
  await page.evaluate(() => document.querySelector<HTMLElement>('[role="switch"]')?.click());
  await expect(page.getByRole('switch', { name: 'Dark theme', includeHidden: true })).toBeChecked();
  await reopen();
  await check();
  await shoot('dark');
  await page.evaluate(() => document.querySelector<HTMLElement>('[role="switch"]')?.click());
}

test.describe('Add assignments from a user or a group', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test("adds a role at an administrative unit from a user's Assigned roles, with the request to preview", async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/users');
    await openAssignedRoles(page, 'users', 'Alex', 'Alex Wilber');
    const panel = await openAddPanel(page);
    await expect(panel.getByText('Alex Wilber', { exact: true })).toBeVisible();
    // The roles, searchable, the privileged ones labelled.
    const showRoles = async () => {
      await panel.getByRole('combobox', { name: /^Role/ }).fill('Admin');
      await expect(panel.getByRole('option', { name: /^Helpdesk Administrator.*PRIVILEGED/ })).toBeVisible();
    };
    await showRoles();
    await panelAxeAndScreenshots(page, testInfo, 'role-list', showRoles);
    await pickRole(panel, 'Helpdesk', 'Helpdesk Administrator');
    await pickUnit(panel, 'Seattle');
    await expect(panel.getByText("The role applies to the unit's direct members, not to the unit itself.")).toBeVisible();
    await panelAxeAndScreenshots(page, testInfo, 'add-from-user');

    await page.getByRole('button', { name: 'View Graph request' }).click();
    const preview = page.getByRole('dialog', { name: /Graph request/ });
    await expect(preview.getByText(/POST .*\/roleManagement\/directory\/roleAssignments/).first()).toBeVisible();
    await expect(preview.getByText(/"directoryScopeId": "\/administrativeUnits\//).first()).toBeVisible();
    await preview.getByRole('button', { name: 'Close' }).first().click();

    await graphLog.clear();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Alex Wilber to Helpdesk Administrator at Seattle.' })).toBeVisible();
    await expect(panel).toBeHidden();
    await expect(page.getByRole('row', { name: /Helpdesk Administrator.*Seattle/ })).toBeVisible();
    await testInfo.attach('graph-requests-add-from-user', { body: summary(await graphLog.read()), contentType: 'text/plain' });
  });

  test("adds a role from a role-assignable group's Assigned roles, and refuses before Add one it holds", async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/groups');
    await openAssignedRoles(page, 'groups', 'Contoso_Helpdesk', 'Contoso_Helpdesk_Administrators');
    let panel = await openAddPanel(page);
    await pickRole(panel, 'Helpdesk', 'Helpdesk Administrator');
    await expect(panel.getByText('Contoso_Helpdesk_Administrators already holds Helpdesk Administrator at Directory.', { exact: false })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Add', exact: true })).toBeDisabled();
    await panel.getByRole('button', { name: 'Cancel' }).click();

    panel = await openAddPanel(page);
    await pickRole(panel, 'Security Reader', 'Security Reader');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Contoso_Helpdesk_Administrators to Security Reader at Directory scope.' })).toBeVisible();
    // The group's blade was revalidated: the new role is listed without a Refresh.
    await expect(page.getByRole('row', { name: /Security Reader.*Directory/ })).toBeVisible();
  });

  test("is disabled, with the reason, for an admin who can't change assignments", async ({ page }) => {
    await signInAs(page, accounts.globalReader, '/users');
    await openAssignedRoles(page, 'users', 'Alex', 'Alex Wilber');
    const add = page.getByRole('button', { name: 'Add assignments', exact: true });
    await expect(add).toBeDisabled();
    await add.hover();
    await expect(page.getByRole('tooltip')).toContainText('Privileged Role Administrator');

    await openAssignedRoles(page, 'groups', 'Contoso_Helpdesk', 'Contoso_Helpdesk_Administrators');
    await expect(page.getByRole('button', { name: 'Add assignments', exact: true })).toBeDisabled();
    await expect(page.getByText("Why can't I add assignments?")).toBeVisible();
  });

  test('warns before Add that a guest needs Directory Readers at a unit; the unit still warns afterwards', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/users');
    await openAssignedRoles(page, 'users', 'Ravi', 'Ravi Kumar');
    const panel = await openAddPanel(page);
    await pickRole(panel, 'User Administrator', 'User Administrator');
    await pickUnit(panel, 'Seattle');
    await expect(panel.getByText("Ravi Kumar won't be able to use User Administrator here yet")).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Add Directory Readers for Ravi Kumar' })).toBeVisible();
    await panelAxeAndScreenshots(page, testInfo, 'add-from-user-read-access');

    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Ravi Kumar to User Administrator at Seattle.' })).toBeVisible();
    await page.goto('/admin-units');
    await page.getByRole('link', { name: 'Seattle', exact: true }).click();
    await page.getByRole('tab', { name: 'Roles and administrators' }).click();
    await expect(page.getByText(/Ravi Kumar.*can't use their role here yet|administrators can't use their roles here yet/)).toBeVisible();
  });
});

test.describe("The role blade's Add panel", () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('marks who already holds the role at the chosen scope, before Add', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await page.getByRole('button', { name: 'Add assignments', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await panel.getByRole('combobox', { name: 'Search members' }).fill('Contoso_Helpdesk');
    const held = panel.getByRole('menuitemcheckbox', { name: /^Contoso_Helpdesk_Administrators/ });
    await expect(held).toContainText('Already holds Helpdesk Administrator at Directory');
    await expect(held).toHaveAttribute('aria-disabled', 'true');
    await held.click({ force: true });
    await expect(panel.getByText('No members selected.')).toBeVisible();
    await panelAxeAndScreenshots(page, testInfo, 'picker-holder-marked', async () => {
      await panel.getByRole('combobox', { name: 'Search members' }).fill('Contoso_Helpdes');
      await expect(held).toBeVisible();
    });
  });

  test('warns before Add that a service principal needs Directory Readers at a unit, and fixes it in one click', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await page.getByRole('button', { name: 'Add assignments', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await pickMember(panel, 'Project', 'Project Tracker');
    await pickUnit(panel, 'Seattle');
    await expect(panel.getByText("Project Tracker won't be able to use Helpdesk Administrator here yet")).toBeVisible();
    await panelAxeAndScreenshots(page, testInfo, 'add-panel-read-access');
    await panel.getByRole('button', { name: 'Add Directory Readers for Project Tracker' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Added Project Tracker to Directory Readers at Directory scope.' })).toBeVisible();
    await expect(panel.getByText("Project Tracker won't be able to use Helpdesk Administrator here yet")).toBeHidden();
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Project Tracker to Helpdesk Administrator at Seattle.' })).toBeVisible();
  });
});
