import type { Page } from '@playwright/test';
import { expectNoAxeViolations, graphLog, modalLightAndDark, screenshotLightAndDark, summary } from './blade-helpers';
import { appToken, graphBase } from './fixtures/graph';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

// Role ids are template ids, the same in every tenant (lib/roles/well-known-roles.ts).
const { helpdeskAdministrator, globalAdministrator, privilegedRoleAdministrator } = builtInRoles;

/** What Graph itself says, read with the automation app's own token (not through the portal). */
async function graphAssignmentsOf(roleId: string): Promise<Array<{ directoryScopeId: string; principal?: { displayName?: string } }>> {
  const filter = encodeURIComponent(`roleDefinitionId eq '${roleId}'`);
  const response = await fetch(`${graphBase}/roleManagement/directory/roleAssignments?$filter=${filter}&$expand=principal`, {
    headers: { Authorization: `Bearer ${await appToken()}` },
  });
  expect(response.ok).toBe(true);
  return ((await response.json()) as { value: Array<{ directoryScopeId: string; principal?: { displayName?: string } }> }).value;
}

async function groupId(token: string, name: string): Promise<string> {
  const response = await fetch(`${graphBase}/groups?$filter=${encodeURIComponent(`displayName eq '${name}'`)}&$select=id`, { headers: { Authorization: `Bearer ${token}` } });
  const [group] = ((await response.json()) as { value: Array<{ id: string }> }).value;
  if (!group) throw new Error(`${name} is missing from the demo tenant`);
  return group.id;
}

/** Opens and closes (No) the Remove dialog for one selected holder; open waits until its members are read. */
const removeDialogOf = (page: Page, name: string) => ({
  open: async () => {
    await rowCheckbox(page, name).check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Remove assignment' }).getByRole('list', { name: 'Group members' })).toBeVisible();
  },
  close: async () => {
    await page.getByRole('alertdialog', { name: 'Remove assignment' }).getByRole('button', { name: 'No' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  },
});

const grid = (page: Page) => page.getByRole('grid', { name: /^Assignments of / });
const rowCheckbox = (page: Page, name: string, scope = 'Directory') => page.getByRole('checkbox', { name: `Select ${name} at ${scope}` });

test.describe('a role\u2019s Assignments', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('a Privileged Role Administrator removes the role assignment of a group (Microsoft\u2019s procedure)', async ({ page }, testInfo) => {
    // All roles is another helper's blade; until it lands on this branch the story opens the role by its address.
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk Administrator | Assignments' })).toBeVisible();
    await expect(grid(page).getByRole('link', { name: 'Contoso_Helpdesk_Administrators' })).toBeVisible();
    await expect(grid(page).getByText('Group \u00b7 3 members')).toBeVisible();

    await rowCheckbox(page, 'Contoso_Helpdesk_Administrators').check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove assignment' });
    await expect(dialog.getByRole('list', { name: 'Assignments to remove' })).toContainText('Contoso_Helpdesk_Administrators (Group) at Directory');
    // Who holds the role through the group: all three members, by name; none holds it another way, so all lose it.
    const losers = dialog.getByRole('list', { name: 'Group members' });
    await expect(losers).toContainText('Contoso_Helpdesk_Administrators (3 members):');
    for (const name of ['Diego Siciliani', 'Lynne Robbins', 'Grady Archie']) await expect(losers).toContainText(name);
    await expect(losers).toContainText(/ and [A-Z][a-z]+ [A-Z][a-z]+ hold Helpdesk Administrator through it\./);
    await expect(losers.getByRole('link')).toHaveCount(0);
    await expect(dialog.getByRole('list', { name: 'Who loses Helpdesk Administrator' })).toHaveText(/^Diego Siciliani at Directory\s*Grady Archie at Directory\s*Lynne Robbins at Directory$/);
    await modalLightAndDark(page, testInfo, 'remove-dialog', removeDialogOf(page, 'Contoso_Helpdesk_Administrators'));
    await removeDialogOf(page, 'Contoso_Helpdesk_Administrators').open();
    await dialog.getByRole('button', { name: 'Yes' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Removed 1 assignment of Helpdesk Administrator.' })).toBeVisible();
    await expect(grid(page).getByRole('link', { name: 'Contoso_Helpdesk_Administrators' })).toHaveCount(0);
    await expect(grid(page).getByText('Ravi Kumar')).toBeVisible();
    await testInfo.attach('after-removal', { body: await page.screenshot(), contentType: 'image/png' });

    const left = await graphAssignmentsOf(helpdeskAdministrator);
    expect(left.map((a) => a.principal?.displayName)).not.toContain('Contoso_Helpdesk_Administrators');
    expect(left).toHaveLength(1);
  });

  test('removing a large group\u2019s assignment names its first five members and links to the rest', async ({ page }, testInfo) => {
    const token = await appToken();
    const helpdeskGroup = await groupId(token, 'Contoso_Helpdesk_Administrators');
    for (const upn of ['AdeleV', 'AlexW', 'LeeG', 'MeganB']) {
      const user = await fetch(`${graphBase}/users/${upn}@contoso.onmicrosoft.com?$select=id`, { headers: { Authorization: `Bearer ${token}` } });
      const { id } = (await user.json()) as { id: string };
      const added = await fetch(`${graphBase}/groups/${helpdeskGroup}/members/$ref`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ '@odata.id': `${graphBase}/directoryObjects/${id}` }),
      });
      expect(added.status).toBe(204);
    }
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await graphLog.clear(); // the blade's own member counts are read with the page
    await rowCheckbox(page, 'Contoso_Helpdesk_Administrators').check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove assignment' });
    const losers = dialog.getByRole('list', { name: 'Group members' });
    await expect(losers).toContainText(/^Contoso_Helpdesk_Administrators \(7 members\): ([A-Z][a-z]+ [A-Z][a-z]+, ){4}[A-Z][a-z]+ [A-Z][a-z]+ and 2 others hold Helpdesk Administrator through it\./);
    const all = losers.getByRole('link', { name: 'View all 7 members' });
    await expect(all).toHaveAttribute('href', `/groups/${helpdeskGroup}/members`);
    // The members are read twice, each in one $batch: the group's first page with its count (the names above), and
    // every member for the impact (who of them holds the role another way), never one request per member.
    await expect(dialog.getByRole('region', { name: 'Impact of this removal' })).toBeVisible();
    const reads = (await graphLog.read()).filter((r) => r.path.includes('/members'));
    expect(reads, summary(reads)).toHaveLength(2);
    expect(reads.every((read) => read.batchId), summary(reads)).toBe(true);
    expect(reads.map((read) => decodeURIComponent(read.path)).filter((path) => path.includes('$count=true'))).toEqual([expect.stringMatching(new RegExp(`^/v1\\.0/groups/${helpdeskGroup}/members\\?`))]);
    await modalLightAndDark(page, testInfo, 'remove-dialog-large-group', removeDialogOf(page, 'Contoso_Helpdesk_Administrators'));
    await removeDialogOf(page, 'Contoso_Helpdesk_Administrators').open();
    await all.click();
    await page.waitForURL(`**/groups/${helpdeskGroup}/members`);
    await expect(page.getByRole('heading', { name: 'Contoso_Helpdesk_Administrators | Members' })).toBeVisible();
  });

  test('a Global Reader sees Add and Remove disabled, and why', async ({ page }) => {
    await signInAs(page, accounts.globalReader, `/roles/${helpdeskAdministrator}`);
    const commands = page.getByRole('toolbar', { name: 'Assignment commands' });
    await expect(commands.getByRole('button', { name: 'Add assignments' })).toBeDisabled();
    await expect(commands.getByRole('button', { name: 'Remove assignment' })).toBeDisabled();
    await expect(commands.getByRole('button', { name: 'Refresh' })).toBeEnabled();
    const reason = 'You need the Privileged Role Administrator or Global Administrator role to change role assignments.';
    await commands.getByRole('button', { name: 'Add assignments' }).focus();
    await expect(page.getByRole('tooltip')).toHaveText(reason);
    await page.getByRole('button', { name: /Why can.t I add or remove assignments/ }).click();
    await expect(page.getByRole('note').or(page.getByRole('tooltip')).filter({ hasText: reason }).first()).toBeVisible();
  });

  test('keeps the filters in the URL, across a reload', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, `/roles/${helpdeskAdministrator}`);
    await expectNoAxeViolations(page, 'the Assignments tab');
    await screenshotLightAndDark(page, testInfo, 'assignments');

    await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: 'Groups' });
    await expect(page).toHaveURL(/[?&]type=group/);
    await expect(grid(page).getByText('Ravi Kumar')).toHaveCount(0);
    await expect(grid(page).getByRole('link', { name: 'Contoso_Helpdesk_Administrators' })).toBeVisible();

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByRole('combobox', { name: 'Scope type' }).selectOption({ label: 'Administrative unit' });
    await page.getByRole('searchbox').fill('ravi');
    await expect(page).toHaveURL(/scopeKind=administrativeUnit/);
    await expect(page).toHaveURL(/search=ravi/);
    await page.reload();
    await expect(page.getByRole('searchbox')).toHaveValue('ravi');
    await expect(page.getByRole('combobox', { name: 'Scope type' })).toHaveValue('administrativeUnit');
    await expect(grid(page).getByText('Ravi Kumar')).toBeVisible();
    await expect(grid(page).getByText('London')).toBeVisible();
    await expect(grid(page).getByRole('link', { name: 'Contoso_Helpdesk_Administrators' })).toHaveCount(0);
  });

  test('a malformed id and an unknown role show the blade\u2019s not-found page', async ({ page }) => {
    await signInAs(page, accounts.globalReader, '/roles/not-a-guid');
    await expect(page.getByText("This role doesn't exist, or was deleted.")).toBeVisible();
    await page.goto('/roles/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { name: 'Role not found' })).toBeVisible();
    await expect(page.getByText("This role doesn't exist, or was deleted.")).toBeVisible();
    await page.goto('/roles/00000000-0000-4000-8000-000000000000/description');
    await expect(page.getByText("This role doesn't exist, or was deleted.")).toBeVisible();
  });

  test('removing the last Privileged Role Administrator asks for a second confirmation', async ({ page }) => {
    await signInAs(page, accounts.globalAdministrator, `/roles/${privilegedRoleAdministrator}`);
    await rowCheckbox(page, 'Patti Fernandez').check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove assignment' });
    // Megan, signed in, is a Global Administrator: the warning says what remains rather than that no one could manage roles.
    await expect(dialog.getByText(/After this, no one holds Privileged Role Administrator at directory scope\. \d+ assignments? of Global Administrator at directory scope remains?, and Global Administrators can still manage role assignments\./)).toBeVisible();
    await expect(dialog.getByText(/no one will be able to manage role assignments/)).toHaveCount(0);
    const yes = dialog.getByRole('button', { name: 'Yes' });
    await expect(yes).toBeDisabled();
    await dialog.getByRole('checkbox', { name: 'I understand that no one will hold Privileged Role Administrator at directory scope.' }).check();
    await expect(yes).toBeEnabled();
    await yes.click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed 1 assignment of Privileged Role Administrator.' })).toBeVisible();
    await expect(page.getByText('No one holds Privileged Role Administrator.', { exact: false })).toBeVisible();
    expect(await graphAssignmentsOf(privilegedRoleAdministrator)).toEqual([]);
  });

  test('refuses to remove one\u2019s own Global Administrator assignment', async ({ page }) => {
    await signInAs(page, accounts.globalAdministrator, `/roles/${globalAdministrator}`);
    await rowCheckbox(page, 'Megan Bowen').check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove assignment' });
    await expect(dialog.getByRole('alert')).toContainText(
      'You can\u2019t remove your own Global Administrator assignment. Ask another Global Administrator to remove it.',
    );
    await expect(dialog.getByRole('button', { name: 'Yes' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await graphAssignmentsOf(globalAdministrator)).toHaveLength(2);
  });
});

test('the Description tab lists the permissions, search narrows them, privileged ones are flagged', async ({ page }, testInfo) => {
  await signInAs(page, accounts.globalReader, `/roles/${helpdeskAdministrator}`);
  await page.getByRole('tab', { name: 'Description' }).click();
  await expect(page).toHaveURL(new RegExp(`/roles/${helpdeskAdministrator}/description$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk Administrator | Description' })).toBeVisible();
  await expect(page.getByText('729827e3-9c14-49f7-bb1b-9608f156bbb8')).toBeVisible();
  await expect(page.getByText('Built-in', { exact: true })).toBeVisible();
  const total = page.getByText(/^\d+ permissions?, \d+ privileged\.$/);
  await expect(total).toBeVisible();
  const [all, privileged] = ((await total.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  expect(all).toBeGreaterThan(5);
  expect(privileged).toBeGreaterThan(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'microsoft.directory/users/password/update' }).getByText('Privileged')).toBeVisible();
  await expectNoAxeViolations(page, 'the Description tab');
  await screenshotLightAndDark(page, testInfo, 'description');

  await page.getByRole('searchbox', { name: 'Search permissions' }).fill('password');
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+$/ })).toBeVisible();
  const items = page.locator('li').filter({ hasText: /^microsoft\./ });
  for (const text of await items.allTextContents()) expect(text.toLowerCase()).toContain('password');

  await page.getByRole('searchbox', { name: 'Search permissions' }).fill('');
  await page.getByRole('switch', { name: 'Privileged only' }).check();
  await expect(page.getByRole('status').filter({ hasText: `Showing ${privileged} of ${all}` })).toBeVisible();
});
