import { describe, expect, it } from 'vitest';
import { powerShellScript } from '@/lib/graph/powershell';
import { roleDefinitionCreatePlan, roleDefinitionDeletePlan, roleDefinitionUpdatePlan } from '@/lib/graph/role-definition-plans';
import { customRoleActions, customRoleActionsByCategory, findCustomRoleAction } from './custom-role-actions';
import { customRoleBody, customRoleChanges, inputFromRole } from './custom-role-body';
import { customRoleInputSchema } from './custom-role-input';

const input = (actions: string[], edits: Record<string, unknown> = {}) =>
  customRoleInputSchema.parse({ displayName: 'Rotator', description: '', isEnabled: true, actions, ...edits });

describe('the custom-role permission list', () => {
  it('finds listed actions whatever their case, and consent\u2019s {id} patterns with a concrete policy id', () => {
    expect(findCustomRoleAction('Microsoft.Directory/Applications/Credentials/Update')?.category).toBe('appRegistrations');
    expect(findCustomRoleAction('microsoft.directory/servicePrincipals/managePermissionGrantsForAll.microsoft-company-admin')?.category).toBe('consent');
    expect(findCustomRoleAction('microsoft.directory/servicePrincipals/managePermissionGrantsForAll.')).toBeUndefined();
    expect(findCustomRoleAction('microsoft.directory/users/disable')).toBeUndefined();
  });

  it('groups every action under one of the six Learn pages, and flags credential changes as privileged', () => {
    const groups = customRoleActionsByCategory();
    expect(groups.map((group) => group.category.label)).toEqual(['App registrations', 'Enterprise applications', 'Consent', 'Devices', 'Users', 'Groups']);
    expect(groups.reduce((sum, group) => sum + group.actions.length, 0)).toBe(customRoleActions.length);
    expect(findCustomRoleAction('microsoft.directory/applications/credentials/update')?.privileged).toBe(true);
    expect(findCustomRoleAction('microsoft.directory/applications/basic/update')?.privileged).toBe(false);
  });
});

describe('the custom role the wizard sends', () => {
  it('refuses an empty name, no permission and text that is not a resource action, in words', () => {
    const refused = customRoleInputSchema.safeParse({ displayName: ' ', description: '', isEnabled: true, actions: [] });
    expect(refused.success ? [] : refused.error.issues.map((issue) => issue.message)).toEqual(['Enter a name for the role.', 'Add at least one permission.']);
    expect(customRoleInputSchema.safeParse({ displayName: 'x', description: '', isEnabled: true, actions: ['reset passwords'] }).success).toBe(false);
  });

  it('sends one rolePermission without repeated actions, and on Edit only what changed', () => {
    const before = input(['microsoft.directory/applications/credentials/update']);
    expect(customRoleBody(input(['microsoft.directory/applications/credentials/update', 'Microsoft.Directory/Applications/Credentials/Update']))).toEqual({
      displayName: 'Rotator', description: '', isEnabled: true, rolePermissions: [{ allowedResourceActions: ['microsoft.directory/applications/credentials/update'] }],
    });
    expect(customRoleChanges(before, input(['Microsoft.Directory/Applications/Credentials/Update']))).toEqual({});
    expect(customRoleChanges(before, input(['microsoft.directory/applications/credentials/update'], { description: 'Rotates secrets', isEnabled: false }))).toEqual({ description: 'Rotates secrets', isEnabled: false });
    expect(inputFromRole({ displayName: 'R', description: null, isEnabled: true, rolePermissions: [{ allowedResourceActions: ['a/b/c'] }, { allowedResourceActions: ['a/b/c', 'a/b/d'] }] }).actions).toEqual(['a/b/c', 'a/b/d']);
  });

  it('shows the same requests as PowerShell commands', () => {
    const id = '6f1d5c3e-0d9a-4c3b-9d6a-3a1b2c3d4e5f';
    const script = powerShellScript([roleDefinitionCreatePlan(customRoleBody(before())), roleDefinitionUpdatePlan(id, { isEnabled: false }), roleDefinitionDeletePlan(id)]);
    const lines = script.split('\n');
    expect(lines[1]).toBe("New-MgRoleManagementDirectoryRoleDefinition -BodyParameter (@'");
    expect(script).toContain(`Update-MgRoleManagementDirectoryRoleDefinition -UnifiedRoleDefinitionId '${id}' -BodyParameter (@'\n{\n  "isEnabled": false\n}\n'@ | ConvertFrom-Json -AsHashtable)`);
    expect(lines.at(-1)).toBe(`Remove-MgRoleManagementDirectoryRoleDefinition -UnifiedRoleDefinitionId '${id}'`);
    expect(() => roleDefinitionDeletePlan('not-a-guid')).toThrow();
  });
});

function before() {
  return input(['microsoft.directory/applications/credentials/update']);
}
