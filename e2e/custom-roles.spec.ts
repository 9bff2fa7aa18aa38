import { appToken, graphBase } from './fixtures/graph';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import type { Page } from '@playwright/test';
import { pickMember } from './blade-helpers';

const rolesGrid = (page: Page) => page.getByRole('grid', { name: /^Roles assignable at / });

// New custom role, Clone and Edit (issue #17), as the Privileged Role Administrator: the wizard's Basics,
// Permissions and Review + create, what Graph then holds, and Graph's own words when it refuses a permission.

const credentials = 'microsoft.directory/applications/credentials/update';
const owners = 'microsoft.directory/applications/owners/update';

async function roleByName(displayName: string) {
  const response = await fetch(`${graphBase}/roleManagement/directory/roleDefinitions?$filter=displayName eq '${displayName}'`, { headers: { Authorization: `Bearer ${await appToken()}` } });
  const body = (await response.json()) as { value: Array<{ id: string; description: string | null; rolePermissions: Array<{ allowedResourceActions: string[] }> }> };
  return body.value[0] ?? null;
}

async function pick(page: Page, search: string, action: string) {
  const searchBox = page.getByRole('searchbox');
  await searchBox.fill(search);
  await page.getByRole('checkbox', { name: action, exact: true }).check();
}

test.describe('Custom roles', () => {
  test.beforeAll(async () => {
    await resetTenant();
  });

  test('creates a role from two permissions found by search, lands on its Description, and assigns it over one app registration', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
    await page.getByRole('toolbar', { name: 'All roles commands' }).getByRole('link', { name: 'New custom role' }).click();
    await expect(page).toHaveURL(/\/roles\/new$/);
    await page.getByRole('textbox', { name: 'Name' }).fill('Story App Credential Rotator');
    await page.getByRole('textbox', { name: 'Description' }).fill('Rotates app secrets and certificates.');
    await page.screenshot({ path: testInfo.outputPath('wizard-basics-1280.png') });
    await page.getByRole('button', { name: 'Next: Permissions' }).click();
    await pick(page, 'credentials', credentials);
    await expect(page.getByRole('region', { name: 'App registrations' }).getByRole('checkbox', { name: credentials, exact: true })).toBeChecked();
    await pick(page, 'owners/update', owners);
    await expect(page.getByRole('status').filter({ hasText: '2 selected' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('wizard-permissions-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'Next: Review + create' }).click();
    await expect(page.getByRole('region', { name: 'Request body' })).toContainText(`"allowedResourceActions": [\n        "${credentials}",\n        "${owners}"`);
    await page.screenshot({ path: testInfo.outputPath('wizard-review-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}\/description$/);
    await expect(page.getByText('Created custom role Story App Credential Rotator.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Story App Credential Rotator | Description' })).toBeVisible();
    await expect(page.getByText(credentials, { exact: true })).toBeVisible();
    const created = await roleByName('Story App Credential Rotator');
    expect(created?.rolePermissions[0]?.allowedResourceActions).toEqual([credentials, owners]);
    await page.goto('/roles?search=Story%20App');
    const row = page.getByRole('grid', { name: 'All roles' }).getByRole('row', { name: /Story App Credential Rotator/ });
    await expect(row).toContainText('Custom');

    // Its permissions are an app registration's: Seattle's roles don't offer it, an app's do, and it is assigned there.
    await page.goto('/admin-units');
    await page.getByRole('link', { name: 'Seattle', exact: true }).click();
    await page.getByRole('tab', { name: 'Roles and administrators' }).click();
    await expect(rolesGrid(page).getByRole('link', { name: 'Helpdesk Administrator' })).toBeVisible();
    await expect(rolesGrid(page).getByRole('link', { name: 'Story App Credential Rotator' })).toHaveCount(0);
    await page.goto('/app-registrations');
    await page.getByRole('link', { name: 'Contoso HR Portal', exact: true }).click();
    await page.getByRole('tab', { name: 'Roles and administrators' }).click();
    await rolesGrid(page).getByRole('link', { name: 'Story App Credential Rotator' }).click();
    await page.getByRole('button', { name: 'Add assignments' }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await expect(panel.getByText('Scope: Contoso HR Portal (App registration)')).toBeVisible();
    await pickMember(panel, 'Alex', 'Alex Wilber');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Alex Wilber to Story App Credential Rotator at Contoso HR Portal.' })).toBeVisible();
    const scoped = page.getByRole('grid', { name: 'Assignments of Story App Credential Rotator scoped to Contoso HR Portal' });
    await expect(scoped.getByRole('row', { name: /Alex Wilber/ })).toBeVisible();
  });

  test('a permission typed by name that Graph refuses is refused in Graph\u2019s words, and nothing is created', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/roles/new');
    await page.getByRole('textbox', { name: 'Name' }).fill('Story Disabler');
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await pick(page, 'credentials', credentials);
    await page.getByRole('textbox', { name: 'Add a permission by name' }).fill('microsoft.directory/users/disable');
    await page.getByRole('button', { name: 'Add permission' }).click();
    await expect(page.getByRole('region', { name: 'Permissions added by name' })).toContainText('microsoft.directory/users/disable');
    await page.getByRole('tab', { name: 'Review + create' }).click();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByText('Story Disabler was not created: Microsoft Graph refused it: \u201CAction \'microsoft.directory/users/disable\' is not supported for Custom Role creation\u201D Nothing was created.')).toBeVisible();
    await expect(page).toHaveURL(/\/roles\/new$/);
    await expect(page.getByRole('region', { name: 'Request body' })).toContainText('Story Disabler');
    expect(await roleByName('Story Disabler')).toBeNull();
  });

  test('clones a built-in role, naming the permissions a custom role can\u2019t hold, then edits the clone', async ({ page }, testInfo) => {
    // Cloud Application Administrator: app and enterprise-app actions custom roles may hold, and some they may not.
    await signInAs(page, accounts.privilegedRoleAdministrator, '/roles?search=Cloud%20Application%20Administrator');
    await page.getByRole('grid', { name: 'All roles' }).getByRole('link', { name: 'Cloud Application Administrator' }).click();
    await page.getByRole('tab', { name: 'Description' }).click();
    await page.getByRole('toolbar', { name: 'Role commands' }).getByRole('link', { name: 'Clone' }).click();
    await expect(page).toHaveURL(/\/roles\/new\?from=/);
    await expect(page.getByText('cloned from')).toContainText('Cloud Application Administrator');
    await expect(page.getByText(/permissions? left out/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('wizard-clone-1280.png') });
    await page.getByRole('textbox', { name: 'Name' }).fill('Story Cloud App Clone');
    await page.getByRole('tab', { name: 'Review + create' }).click();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByText('Created custom role Story Cloud App Clone.')).toBeVisible();
    const clone = await roleByName('Story Cloud App Clone');
    expect(clone?.rolePermissions[0]?.allowedResourceActions.length).toBeGreaterThan(5);

    await page.getByRole('toolbar', { name: 'Role commands' }).getByRole('link', { name: 'Edit' }).click();
    await expect(page).toHaveURL(/\/edit$/);
    await page.getByRole('textbox', { name: 'Description' }).fill('Cloud apps, without the rest.');
    await page.getByRole('tab', { name: 'Permissions' }).click();
    const selectedOnly = page.getByRole('switch', { name: 'Selected only' });
    await selectedOnly.check();
    const count = clone?.rolePermissions[0]?.allowedResourceActions.length ?? 0;
    await expect(page.getByRole('status').filter({ hasText: `${count} selected, ${count} shown` })).toBeVisible();
    await selectedOnly.uncheck();
    await page.getByRole('searchbox').fill('credentials/update');
    await page.getByRole('checkbox', { name: credentials, exact: true }).uncheck();
    await expect(page.getByRole('status').filter({ hasText: `${count - 1} selected` })).toBeVisible();
    await page.getByRole('tab', { name: 'Review + create' }).click();
    await expect(page.getByRole('region', { name: 'Request body' })).toContainText('"description": "Cloud apps, without the rest."');
    await expect(page.getByRole('list', { name: 'Permissions removed' })).toHaveText(new RegExp(`^${credentials}`));
    await page.screenshot({ path: testInfo.outputPath('wizard-edit-review-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved Story Cloud App Clone.')).toBeVisible();
    await expect(page.getByText('Cloud apps, without the rest.')).toBeVisible();
    const edited = await roleByName('Story Cloud App Clone');
    expect(edited?.description).toBe('Cloud apps, without the rest.');
    expect(clone?.rolePermissions[0]?.allowedResourceActions).toContain(credentials);
    expect(edited?.rolePermissions[0]?.allowedResourceActions).not.toContain(credentials);
  });
});
