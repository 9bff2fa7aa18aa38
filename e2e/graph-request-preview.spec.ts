import type { Locator, Page } from '@playwright/test';
import { emulatorUrl } from '../playwright.config';
import { expectNoAxeViolations, graphLog } from './blade-helpers';
import { appToken, graphBase } from './fixtures/graph';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

// "View Graph request" promises that what it shows is what the action then sends. These stories read the preview,
// act, and compare it with the emulator's request log and with the directory read back through Graph.

const { helpdeskAdministrator } = builtInRoles;


/** Graph as the automation app sees it (client credentials), not through the portal. */
async function graphAsApp<T>(path: string): Promise<T> {
  const response = await fetch(`${graphBase}${path}`, { headers: { Authorization: `Bearer ${await appToken()}` } });
  expect(response.ok, `GET ${path}`).toBe(true);
  return (await response.json()) as T;
}

type Assignment = { id: string; roleDefinitionId: string; principalId: string; directoryScopeId: string };

async function openPreview(page: Page, from: Locator) {
  await from.getByRole('button', { name: 'View Graph request' }).click();
  const preview = page.getByRole('dialog', { name: 'Graph request' });
  await expect(preview.getByRole('region', { name: 'HTTP requests' })).toBeVisible();
  return preview;
}

/** The HTTP requests the preview shows, parsed back: request line and JSON body. */
async function shownRequests(preview: Locator) {
  const text = await preview.getByRole('region', { name: 'HTTP requests' }).innerText();
  return text.split(/\n(?=(?:POST|DELETE) )/).map((block) => {
    const [line = '', ...rest] = block.trim().split('\n');
    const [method, url] = line.split(' ');
    const json = rest.join('\n').split('\n\n')[1];
    return { method, url, body: json ? (JSON.parse(json) as Record<string, string>) : undefined };
  });
}


test.describe('View Graph request', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('Add shows the POST it will send, and then sends exactly that', async ({ page }, testInfo) => {
    const seattle = (await graphAsApp<{ value: Array<{ id: string }> }>(`/directory/administrativeUnits?$filter=displayName eq 'Seattle'`)).value[0];
    const alex = (await graphAsApp<{ value: Array<{ id: string }> }>(`/users?$filter=displayName eq 'Alex Wilber'`)).value[0];
    expect(seattle && alex).toBeTruthy();

    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await page.getByRole('button', { name: 'Add assignments' }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await panel.getByRole('combobox', { name: 'Search members' }).fill('Alex');
    await panel.getByRole('menuitemcheckbox', { name: /^Alex Wilber/ }).click();
    await panel.getByRole('combobox', { name: 'Scope type' }).click();
    await panel.getByRole('option', { name: 'Administrative unit' }).click();
    await panel.getByRole('combobox', { name: 'Administrative unit' }).click();
    await panel.getByRole('option', { name: 'Seattle' }).click();

    const preview = await openPreview(page, panel);
    const expectedBody = {
      '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
      roleDefinitionId: helpdeskAdministrator,
      principalId: alex?.id,
      directoryScopeId: `/administrativeUnits/${seattle?.id}`,
    };
    expect(await shownRequests(preview)).toEqual([{ method: 'POST', url: `${graphBase}/roleManagement/directory/roleAssignments`, body: expectedBody }]);
    await expect(preview).toContainText(`POST ${graphBase}/$batch`);
    await expectNoAxeViolations(page, 'the open preview');
    await testInfo.attach('preview-add-http', { body: await page.screenshot(), contentType: 'image/png' });

    await preview.getByRole('tab', { name: 'PowerShell' }).click();
    const script = preview.getByRole('region', { name: 'PowerShell' });
    await expect(script).toContainText("Connect-MgGraph -Scopes 'RoleManagement.ReadWrite.Directory'");
    await expect(script).toContainText(
      `New-MgRoleManagementDirectoryRoleAssignment -RoleDefinitionId '${helpdeskAdministrator}' -PrincipalId '${alex?.id}' -DirectoryScopeId '/administrativeUnits/${seattle?.id}'`,
    );
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await preview.getByRole('button', { name: 'Copy PowerShell' }).click();
    await expect(preview.getByRole('status').filter({ hasText: 'PowerShell copied to the clipboard.' })).toBeAttached();
    await expect(preview.getByRole('button', { name: 'Copy PowerShell' })).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('New-MgRoleManagementDirectoryRoleAssignment');
    await testInfo.attach('preview-add-powershell', { body: await page.screenshot(), contentType: 'image/png' });
    await preview.getByRole('tab', { name: '$batch body' }).click();
    await expect(preview.getByRole('region', { name: '$batch body' })).toContainText('"url": "/roleManagement/directory/roleAssignments"');
    await preview.getByRole('button', { name: 'Close' }).click();
    await expect(preview).toBeHidden();

    await graphLog.clear();
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Alex Wilber to Helpdesk Administrator at Seattle.' })).toBeVisible();
    // The only write is the previewed POST, and it went inside a $batch (the checks before it are reads).
    const served = await graphLog.read();
    const writes = served.filter((r) => r.method !== 'GET' && r.path !== '/v1.0/$batch');
    expect(writes.map((r) => `${r.batchId ? 'in $batch: ' : ''}${r.method} ${emulatorUrl}${r.path} ${r.status}`)).toEqual([
      `in $batch: POST ${graphBase}/roleManagement/directory/roleAssignments 201`,
    ]);
    // The log has no bodies: the directory says what was created.
    const created = await graphAsApp<{ value: Assignment[] }>(
      `/roleManagement/directory/roleAssignments?$filter=principalId eq '${alex?.id}' and roleDefinitionId eq '${helpdeskAdministrator}'`,
    );
    expect(created.value.map(({ roleDefinitionId, principalId, directoryScopeId }) => ({ roleDefinitionId, principalId, directoryScopeId }))).toEqual([
      { roleDefinitionId: expectedBody.roleDefinitionId, principalId: expectedBody.principalId, directoryScopeId: expectedBody.directoryScopeId },
    ]);
  });

  test('Remove shows the DELETE it will send, and then sends exactly that', async ({ page }, testInfo) => {
    const before = await graphAsApp<{ value: Array<Assignment & { principal?: { displayName?: string } }> }>(
      `/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${helpdeskAdministrator}'&$expand=principal`,
    );
    const group = before.value.find((a) => a.principal?.displayName === 'Contoso_Helpdesk_Administrators');
    expect(group).toBeTruthy();

    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    await page.getByRole('checkbox', { name: 'Select Contoso_Helpdesk_Administrators at Directory' }).check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove assignment' });
    const preview = await openPreview(page, confirm);
    const shown = await shownRequests(preview);
    expect(shown).toEqual([{ method: 'DELETE', url: `${graphBase}/roleManagement/directory/roleAssignments/${group?.id}`, body: undefined }]);
    await preview.getByRole('tab', { name: 'PowerShell' }).click();
    await expect(preview.getByRole('region', { name: 'PowerShell' })).toContainText(
      `Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId '${group?.id}'`,
    );
    await expectNoAxeViolations(page, 'the preview over the confirm dialog');
    await testInfo.attach('preview-remove-powershell', { body: await page.screenshot(), contentType: 'image/png' });
    await preview.getByRole('button', { name: 'Close' }).click();
    await expect(preview).toBeHidden();
    await expect(confirm).toBeVisible();

    await graphLog.clear();
    await confirm.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed 1 assignment of Helpdesk Administrator.' })).toBeVisible();
    const writes = (await graphLog.read()).filter((r) => r.method !== 'GET' && r.path !== '/v1.0/$batch');
    expect(writes.map((r) => `${r.batchId ? 'in $batch: ' : ''}${r.method} ${emulatorUrl}${r.path} ${r.status}`)).toEqual([
      `in $batch: ${shown[0]?.method} ${shown[0]?.url} 204`,
    ]);
    const after = await graphAsApp<{ value: Assignment[] }>(`/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${helpdeskAdministrator}'`);
    expect(after.value.map((a) => a.id)).not.toContain(group?.id);
  });
});
