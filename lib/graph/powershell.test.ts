import { describe, expect, it } from 'vitest';
import { powerShellCommand, powerShellScript, psQuote } from './powershell';
import { roleAssignmentCreateRequests, roleAssignmentDeleteRequests } from './request-plans';

const helpdesk = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const alex = '22222222-2222-4222-8222-222222222222';
const unit = '33333333-3333-4333-8333-333333333333';

describe('psQuote', () => {
  it.each([
    ['/', "'/'"],
    ["Shannon O'Brien", "'Shannon O''Brien'"],
    ['O\u2019Brien', "'O\u2019\u2019Brien'"],
    ['$env:PATH `n', "'$env:PATH `n'"],
    ['', "''"],
  ])('%s → %s', (value, expected) => expect(psQuote(value)).toBe(expected));
});

describe('powerShellCommand', () => {
  it.each([
    ['/', `New-MgRoleManagementDirectoryRoleAssignment -RoleDefinitionId '${helpdesk}' -PrincipalId '${alex}' -DirectoryScopeId '/'`],
    [
      `/administrativeUnits/${unit}`,
      `New-MgRoleManagementDirectoryRoleAssignment -RoleDefinitionId '${helpdesk}' -PrincipalId '${alex}' -DirectoryScopeId '/administrativeUnits/${unit}'`,
    ],
  ])('creates at %s', (directoryScopeId, expected) => {
    const [request] = roleAssignmentCreateRequests([{ roleDefinitionId: helpdesk, principalId: alex, directoryScopeId }]);
    expect(powerShellCommand(request as never)).toBe(expected);
  });

  it.each([
    ['lAPpYvVpN0KRkAEhdxReEJC2sEqbR_9Hr48lds9SGHI-1', "Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId 'lAPpYvVpN0KRkAEhdxReEJC2sEqbR_9Hr48lds9SGHI-1'"],
  ])('removes %s', (id, expected) => {
    expect(powerShellCommand(roleAssignmentDeleteRequests([id])[0] as never)).toBe(expected);
  });

  it('refuses a request it has no command for', () => {
    expect(() => powerShellCommand({ method: 'DELETE', url: '/users/x' })).toThrow(/No PowerShell command/);
  });
});

describe('powerShellScript', () => {
  it('connects with RoleManagement.ReadWrite.Directory, then one command per request', () => {
    expect(powerShellScript(roleAssignmentDeleteRequests(['a-1', 'b-2'])).split('\n')).toEqual([
      "Connect-MgGraph -Scopes 'RoleManagement.ReadWrite.Directory'",
      "Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId 'a-1'",
      "Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId 'b-2'",
    ]);
  });
});
