import { describe, expect, it } from 'vitest';
import { builtInRoleFact, builtInTemplateIds } from './builtin-role-facts';
import { isHiddenRole, isPrivilegedAction, isPrivilegedRole, privilegedActions } from './privileged';
import { builtInRole, customRole } from './test-roles';

describe('isPrivilegedRole for built-in roles (Microsoft\u2019s PRIVILEGED flag)', () => {
  it.each([
    ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10', true],
    ['Privileged Role Administrator', 'e8611ab8-c189-46e8-94e1-60213ab1f814', true],
    ['Helpdesk Administrator', '729827e3-9c14-49f7-bb1b-9608f156bbb8', true],
    ['Global Reader', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', true],
    ['Application Developer', 'cf1c38e5-3621-4004-a7cb-879624dced7c', true],
    ['Directory Readers', '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', false],
    ['Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de', false],
    ['Groups Administrator', 'fdd7a751-b60b-444a-984c-02652fe8fa1c', false],
  ])('%s: %s', (_name, templateId, expected) => {
    expect(isPrivilegedRole(builtInRole(templateId))).toBe(expected);
  });

  it('counts 34 privileged built-in roles, as the catalog does', () => {
    expect(builtInTemplateIds().filter((id) => builtInRoleFact(id)?.isPrivileged)).toHaveLength(34);
  });

  it('trusts Microsoft\u2019s flag over the role\u2019s actions', () => {
    const user = builtInRole('a0b1b346-4d3e-4e8b-98f8-753987be4970', ['microsoft.directory/users/password/update']);
    expect(isPrivilegedRole(user)).toBe(false);
    expect(privilegedActions(user)).toEqual([]);
  });

  it('falls back to the actions for a built-in role the snapshot does not know', () => {
    const newRole = builtInRole('11111111-2222-4333-8444-555555555555', ['microsoft.directory/users/password/update']);
    expect(isPrivilegedRole(newRole)).toBe(true);
  });
});

describe('isPrivilegedRole for custom roles (documented action patterns)', () => {
  it.each([
    ['no permissions', [], false],
    ['reads users', ['microsoft.directory/users/standard/read'], false],
    ['updates basic user properties', ['microsoft.directory/users/basic/update'], false],
    ['resets passwords', ['microsoft.directory/users/password/update'], true],
    ['adds app secrets', ['microsoft.directory/applications/credentials/update'], true],
    ['adds own-tenant app secrets', ['microsoft.directory/applications.myOrganization/credentials/update'], true],
    ['grants consent', ['microsoft.directory/oAuth2PermissionGrants/create'], true],
    ['manages app role grants', ['microsoft.directory/servicePrincipals/appRoleAssignedTo/update'], true],
    ['manages Conditional Access', ['microsoft.directory/conditionalAccessPolicies/basic/update'], true],
    ['reads Conditional Access', ['microsoft.directory/conditionalAccessPolicies/standard/read'], false],
    ['manages everything about users', ['microsoft.directory/users/allProperties/allTasks'], true],
    ['reads BitLocker keys', ['microsoft.directory/bitlockerKeys/key/read'], true],
    ['manages Exchange', ['microsoft.office365.exchange/allEntities/basic/allTasks'], false],
  ])('a role that %s: %s', (name, actions, expected) => {
    expect(isPrivilegedRole(customRole(name, actions))).toBe(expected);
  });
});

describe('isPrivilegedAction', () => {
  it.each([
    ['microsoft.directory/users/password/update', true],
    ['microsoft.directory/users/invalidateAllRefreshTokens', true],
    ['microsoft.directory/users/authenticationMethods/create', true],
    ['microsoft.directory/users/authenticationMethods/standard/read', false],
    ['microsoft.directory/roleAssignments/allProperties/allTasks', true],
    ['microsoft.directory/roleAssignments/standard/read', false],
    ['microsoft.directory/groupsAssignableToRoles/create', true],
    ['microsoft.directory/authorizationPolicy/standard/read', false],
    ['microsoft.directory/domains/federation/update', true],
    ['Microsoft.Directory/Users/Password/Update', true],
    ['microsoft.directory/users/password/update/extra', false],
  ])('%s: %s', (action, expected) => {
    expect(isPrivilegedAction(action)).toBe(expected);
  });
});

describe('privilegedActions', () => {
  it('lists the flagged actions of a privileged built-in role in the role\u2019s order, once each', () => {
    const helpdesk = builtInRole('729827e3-9c14-49f7-bb1b-9608f156bbb8', [
      'microsoft.directory/bitlockerKeys/key/read',
      'microsoft.directory/users/invalidateAllRefreshTokens',
      'microsoft.directory/users/password/update',
      'microsoft.azure.serviceHealth/allEntities/allTasks',
      'microsoft.directory/users/password/update',
    ]);
    expect(privilegedActions(helpdesk)).toEqual([
      'microsoft.directory/bitlockerKeys/key/read',
      'microsoft.directory/users/invalidateAllRefreshTokens',
      'microsoft.directory/users/password/update',
    ]);
  });

  it('flags a custom role\u2019s privileged actions across permission entries', () => {
    const role = customRole('App secrets', ['microsoft.directory/applications/basic/update']);
    role.rolePermissions.push({ allowedResourceActions: ['microsoft.directory/applications/credentials/update'] });
    expect(privilegedActions(role)).toEqual(['microsoft.directory/applications/credentials/update']);
  });
});

describe('isHiddenRole', () => {
  it.each([
    ['Device Join (deprecated)', '9c094953-4995-41c8-84c8-3ebb9b32c93f', true],
    ['Directory Synchronization Accounts', 'd29b2b05-8046-44ba-8758-1e26182fcf32', true],
    ['Partner Tier2 Support', 'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', true],
    ['User', 'a0b1b346-4d3e-4e8b-98f8-753987be4970', true],
    ['Guest User', '10dae51f-b6af-4016-8d66-8c2a99b929b3', true],
    ['On Premises Directory Sync Account', 'a92aed5d-d78a-4d16-b381-09adb37eb3b0', true],
    ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10', false],
    ['Directory Readers', '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', false],
    ['an unknown built-in role', '11111111-2222-4333-8444-555555555555', false],
  ])('%s: %s', (_name, templateId, expected) => {
    expect(isHiddenRole(builtInRole(templateId))).toBe(expected);
  });

  it('hides 11 built-in roles', () => {
    expect(builtInTemplateIds().filter((id) => builtInRoleFact(id)?.hidden)).toHaveLength(11);
  });

  it('never hides a custom role', () => {
    expect(isHiddenRole(customRole('Device Join', []))).toBe(false);
  });
});
