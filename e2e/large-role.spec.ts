import type { Page } from '@playwright/test';
import { graphLog } from './blade-helpers';
import { appToken, graphBase } from './fixtures/graph';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

// A role held more than 100 times comes to the browser a Graph page at a time (lib/views/role-blade.ts): these
// stories give Helpdesk Administrator about 110 holders through Graph, then read the blade as an admin would.
const { helpdeskAdministrator } = builtInRoles;

/** Assigns Helpdesk Administrator to every member user at directory scope and at Seattle's: over 100 holders. */
async function holdersEnough(): Promise<number> {
  const token = await appToken();
  const get = async <T,>(path: string) => (await (await fetch(`${graphBase}${path}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as T;
  const users = (await get<{ value: { id: string }[] }>(`/users?$filter=${encodeURIComponent("userType eq 'Member'")}&$select=id&$top=999`)).value;
  const seattle = (await get<{ value: { id: string }[] }>(`/directory/administrativeUnits?$filter=${encodeURIComponent("displayName eq 'Seattle'")}&$select=id`)).value[0];
  const before = (await get<{ value: unknown[] }>(`/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`roleDefinitionId eq '${helpdeskAdministrator}'`)}&$select=id&$top=999`)).value.length;
  const wanted = users.flatMap((user) => ['/', `/administrativeUnits/${seattle?.id}`].map((directoryScopeId) => ({ principalId: user.id, directoryScopeId })));
  let created = 0;
  for (let i = 0; i < wanted.length; i += 20) {
    const response = await fetch(`${graphBase}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        requests: wanted.slice(i, i + 20).map((body, n) => ({
          id: String(n + 1),
          method: 'POST',
          url: '/roleManagement/directory/roleAssignments',
          headers: { 'Content-Type': 'application/json' },
          body: { roleDefinitionId: helpdeskAdministrator, ...body },
        })),
      }),
    });
    const answers = ((await response.json()) as { responses: { status: number }[] }).responses;
    created += answers.filter((answer) => answer.status === 201).length;
  }
  return before + created;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Assignments of Helpdesk Administrator' });

test.describe('a role held more than 100 times', () => {
  let total = 0;
  test.beforeEach(async () => {
    await resetTenant();
    total = await holdersEnough();
    expect(total).toBeGreaterThan(100);
  });

  test('shows 100 holders a page, read from Graph a page at a time, with Previous and Next', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
    await graphLog.clear();
    await page.goto(`/roles/${helpdeskAdministrator}`);
    await expect(page.getByRole('status').filter({ hasText: `1\u2013100 of ${total} assignments` })).toBeVisible();
    await expect(grid(page).getByRole('row')).toHaveCount(101);
    // One page of assignments for the grid: never the role's whole list.
    const served = await graphLog.read();
    const assignmentReads = served.filter((r) => r.path.includes('/roleAssignments?') && r.path.includes(helpdeskAdministrator));
    expect(assignmentReads.map((r) => decodeURIComponent(r.path))).toEqual([expect.stringContaining('$top=100')]);

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(page.getByRole('status').filter({ hasText: `101\u2013${total} of ${total} assignments` })).toBeVisible();
    await expect(grid(page).getByRole('row')).toHaveCount(total - 100 + 1);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(page.getByRole('status').filter({ hasText: `1\u2013100 of ${total}` })).toBeVisible();
  });

  test('finds a holder by name through Graph, and narrows to one scope', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await page.getByRole('searchbox', { name: 'Search by name, username or app' }).fill('Johanna');
    await expect(page).toHaveURL(/search=Johanna/);
    await expect(grid(page).getByRole('row', { name: /Johanna Lorenz/ })).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: '1\u20132 of 2 assignments match' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Scope', exact: true }).selectOption({ label: 'Directory' });
    await expect(page).toHaveURL(/scope=%2F(&|$)/);
    await expect(grid(page).getByRole('row', { name: /Johanna Lorenz/ })).toHaveCount(1);
    await page.reload();
    await expect(grid(page).getByRole('row', { name: /Johanna Lorenz.*Directory/ })).toBeVisible();
  });

  test("marks a holder in the Add panel's picker, asked of Graph for the search's results only", async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await expect(page.getByRole('status').filter({ hasText: `1\u2013100 of ${total}` })).toBeVisible();
    await page.getByRole('button', { name: 'Add assignments', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await graphLog.clear();
    await panel.getByRole('combobox', { name: 'Search members' }).fill('Johanna');
    const johanna = panel.getByRole('menuitemcheckbox', { name: /^Johanna Lorenz/ });
    await expect(johanna).toContainText('Already holds Helpdesk Administrator at Directory');
    await expect(johanna).toHaveAttribute('aria-disabled', 'true');
    // One roleAssignments read for the found principals at the role and scope: never the role's whole list.
    const holds = (await graphLog.read()).filter((r) => r.path.includes('/roleAssignments?'));
    expect(holds.map((r) => decodeURIComponent(r.path))).toEqual([expect.stringMatching(/principalId (eq|in)/)]);

    // At a unit she doesn't hold it at, she can be picked.
    await panel.getByRole('combobox', { name: 'Scope type' }).click();
    await panel.getByRole('option', { name: 'Administrative unit' }).click();
    await panel.getByRole('combobox', { name: /^Administrative unit/ }).click();
    await panel.getByRole('option', { name: 'London' }).click();
    await panel.getByRole('combobox', { name: 'Search members' }).fill('Johann');
    await expect(panel.getByRole('menuitemcheckbox', { name: /^Johanna Lorenz/ })).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('removes a page of holders at once, in a few $batch calls', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await expect(page.getByRole('status').filter({ hasText: `1\u2013100 of ${total}` })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select all assignments on this page' }).check();
    await page.getByRole('button', { name: 'Remove assignments (100)' }).click();
    await graphLog.clear();
    await page.getByRole('alertdialog', { name: 'Remove 100 assignments' }).getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed 100 assignments of Helpdesk Administrator.' })).toBeVisible();
    const writes = (await graphLog.read()).filter((r) => r.method === 'DELETE');
    expect(writes).toHaveLength(100);
    expect(writes.every((r) => r.batchId !== undefined)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: `${total - 100} assignments` })).toBeVisible();
  });
});
