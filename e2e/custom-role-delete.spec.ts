import { graphBase, appToken } from './fixtures/graph';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';

// Delete on a custom role's Description tab (issue #17): refused, with who holds it and where, while the role is
// assigned; allowed once nobody holds it, reported on All roles where the admin lands; not offered to a reader.

async function graph<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${graphBase}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await appToken()}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (response.status === 204 ? null : await response.json()) as T };
}

const createRole = async (displayName: string) => {
  const created = await graph<{ id: string }>('POST', '/roleManagement/directory/roleDefinitions', {
    displayName, description: 'Made for the delete story.', isEnabled: true,
    rolePermissions: [{ allowedResourceActions: ['microsoft.directory/applications/credentials/update'] }],
  });
  expect(created.status).toBe(201);
  return created.body.id;
};

const roleIdByName = async (displayName: string) => {
  const found = await graph<{ value: Array<{ id: string }> }>('GET', `/roleManagement/directory/roleDefinitions?$filter=displayName eq '${displayName}'`);
  return found.body.value[0]?.id ?? null;
};

test.describe('Delete custom role', () => {
  test.beforeAll(async () => {
    await resetTenant();
  });

  test('is refused while the role is held, naming who holds it and where', async ({ page }, testInfo) => {
    const auditReader = await roleIdByName('Contoso Audit Reader');
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${auditReader}/description`);
    await page.getByRole('toolbar', { name: 'Role commands' }).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete Contoso Audit Reader' });
    await expect(dialog.getByText('Can\u2019t delete')).toBeVisible();
    await expect(dialog).toContainText('Contoso Audit Reader can\u2019t be deleted while it is assigned');
    await expect(dialog.getByRole('list', { name: 'Who holds this role' })).toContainText('Joni Sherman, over the directory (active)');
    await expect(dialog.getByRole('button', { name: 'Yes' })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('delete-refused-1280.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await roleIdByName('Contoso Audit Reader')).toBe(auditReader);
  });

  test('deletes a role nobody holds, and says so on All roles', async ({ page }, testInfo) => {
    const id = await createRole('Story Delete Me');
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${id}/description`);
    await page.getByRole('toolbar', { name: 'Role commands' }).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete Story Delete Me' });
    await expect(dialog).toContainText('Nobody holds it.');
    await dialog.getByRole('button', { name: 'View Graph request' }).click();
    const preview = page.getByRole('dialog', { name: 'Graph request' });
    await expect(preview.getByRole('region', { name: 'HTTP requests' })).toContainText(new RegExp(`DELETE \\S+/v1\\.0/roleManagement/directory/roleDefinitions/${id}`));
    await preview.getByRole('button', { name: 'Close' }).click();
    await expect(preview).toBeHidden();
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await expect(page).toHaveURL(/\/roles$/);
    await expect(page.getByText('Deleted custom role Story Delete Me.')).toBeVisible();
    await expect(page.getByRole('grid', { name: 'All roles' }).getByRole('link', { name: 'Story Delete Me' })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('deleted-on-all-roles-1280.png') });
    expect(await roleIdByName('Story Delete Me')).toBeNull();
  });

  test('is not offered to a Global Reader, who is told which role it needs', async ({ page }) => {
    const id = await createRole('Story Reader Sees');
    await signInAs(page, accounts.globalReader, `/roles/${id}/description`);
    const commands = page.getByRole('toolbar', { name: 'Role commands' });
    const remove = commands.getByRole('button', { name: 'Delete' });
    await expect(remove).toBeDisabled();
    await remove.hover();
    await expect(page.getByRole('tooltip')).toHaveText('Creating, changing and deleting custom roles needs the Privileged Role Administrator or Global Administrator role.');
    await expect(commands.getByRole('button', { name: 'Edit' })).toBeDisabled();
  });
});
