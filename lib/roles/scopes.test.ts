import { describe, expect, it } from 'vitest';
import { builtInScopeKinds, directoryScopeIdSchema, rolesForScope, roleSupportsScope, supportedScopeKinds } from './scopes';
import type { ScopeKind } from './scope-kinds';
import { builtInRoleFact, builtInTemplateIds } from './builtin-role-facts';
import { builtInRole, customRole } from './test-roles';

const AU = '1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';
const APP = 'd23998b1-8853-4c87-b95f-be97d2de6b49';

describe('directoryScopeIdSchema', () => {
  it.each([
    ['/', true],
    [`/administrativeUnits/${AU}`, true],
    [`/${APP}`, true],
    ['/tenant', false],
    ['', false],
  ])('accepts %j: %s', (input, ok) => {
    expect(directoryScopeIdSchema.safeParse(input).success).toBe(ok);
  });

  it('explains a refused scope in a sentence', () => {
    const result = directoryScopeIdSchema.safeParse('/nope');
    expect(result.error?.issues[0]?.message).toBe(
      'Choose the directory, an administrative unit or an app registration as the scope.',
    );
  });
});

describe('supportedScopeKinds for built-in roles', () => {
  it.each<[string, string, ScopeKind[]]>([
    ['Helpdesk Administrator', '729827e3-9c14-49f7-bb1b-9608f156bbb8', ['directory', 'administrativeUnit']],
    ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1', ['directory', 'administrativeUnit']],
    ['Groups Administrator', 'fdd7a751-b60b-444a-984c-02652fe8fa1c', ['directory', 'administrativeUnit']],
    ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10', ['directory']],
    ['Privileged Role Administrator', 'e8611ab8-c189-46e8-94e1-60213ab1f814', ['directory']],
    ['Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de', ['directory']],
    ['Application Administrator', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', ['directory', 'application']],
    ['Cloud Application Administrator', '158c047a-c907-4556-b7ef-446551a6b5f7', ['directory', 'application']],
    ['Application Developer', 'cf1c38e5-3621-4004-a7cb-879624dced7c', ['directory']],
    ['User (assigned by the directory itself)', 'a0b1b346-4d3e-4e8b-98f8-753987be4970', []],
    ['an unknown built-in role', '11111111-2222-4333-8444-555555555555', ['directory']],
  ])('%s: %j', (_name, templateId, kinds) => {
    expect(supportedScopeKinds(builtInRole(templateId))).toEqual(kinds);
  });

  it('ignores the actions of a built-in role: Microsoft publishes which scopes it takes', () => {
    const exchange = builtInRole('29232cdf-9323-42fd-ade2-1d097af3e4de', ['microsoft.directory/users/basic/update']);
    expect(roleSupportsScope(exchange, 'administrativeUnit')).toBe(false);
  });

  it('finds a built-in role by its template id in any case', () => {
    const helpdesk = builtInRole('729827E3-9C14-49F7-BB1B-9608F156BBB8');
    expect(roleSupportsScope(helpdesk, 'administrativeUnit')).toBe(true);
  });
});

describe('the built-in roles each scope kind takes (Microsoft\u2019s published lists)', () => {
  const namesAt = (kind: ScopeKind) =>
    builtInTemplateIds()
      .filter((id) => builtInRoleFact(id)?.assignableScopes.includes(kind))
      .map((id) => builtInRoleFact(id)?.displayName)
      .sort();

  it('administrative unit: the 14 roles of manage-roles-portal.md', () => {
    expect(namesAt('administrativeUnit')).toEqual([
      'Attribute Assignment Administrator',
      'Attribute Assignment Reader',
      'Authentication Administrator',
      'Cloud Device Administrator',
      'Groups Administrator',
      'Helpdesk Administrator',
      'License Administrator',
      'Password Administrator',
      'Printer Administrator',
      'Privileged Authentication Administrator',
      'SharePoint Administrator',
      'Teams Administrator',
      'Teams Devices Administrator',
      'User Administrator',
    ]);
  });

  it('app registration: Application Administrator and Cloud Application Administrator', () => {
    expect(namesAt('application')).toEqual(['Application Administrator', 'Cloud Application Administrator']);
  });
});

describe('supportedScopeKinds for custom roles', () => {
  it.each<[string, string[], ScopeKind[]]>([
    ['no permissions', [], ['directory']],
    ['reads service health only', ['microsoft.azure.serviceHealth/allEntities/allTasks'], ['directory']],
    ['resets passwords', ['microsoft.directory/users/password/update'], ['directory', 'administrativeUnit']],
    ['manages group members', ['microsoft.directory/groups/members/update'], ['directory', 'administrativeUnit']],
    ['manages security groups', ['microsoft.directory/groups.security/basic/update'], ['directory', 'administrativeUnit']],
    ['reads BitLocker keys only', ['microsoft.directory/bitlockerKeys/key/read'], ['directory']],
    ['enables devices', ['microsoft.directory/devices/enable'], ['directory', 'administrativeUnit']],
    ['manages app credentials', ['microsoft.directory/applications/credentials/update'], ['directory', 'application']],
    ['updates own-tenant apps', ['microsoft.directory/applications.myOrganization/basic/update'], ['directory', 'application']],
    ['manages service principals', ['microsoft.directory/servicePrincipals/basic/update'], ['directory']],
    ['manages application templates', ['microsoft.directory/applicationTemplates/instantiate'], ['directory']],
    [
      'manages users and apps',
      ['microsoft.directory/applications/owners/update', 'microsoft.directory/users/basic/update'],
      ['directory', 'administrativeUnit', 'application'],
    ],
  ])('a role that %s: %j', (name, actions, kinds) => {
    expect(supportedScopeKinds(customRole(name, actions))).toEqual(kinds);
  });

  it('reads every permission entry, not just the first', () => {
    const role = customRole('Two entries', []);
    role.rolePermissions.push({ allowedResourceActions: ['microsoft.directory/users/basic/update'] });
    expect(roleSupportsScope(role, 'administrativeUnit')).toBe(true);
  });
});

describe('rolesForScope', () => {
  const roles = [
    builtInRole('fe930be7-5e62-47db-91af-98c3a49a38b1'),
    builtInRole('62e90394-69f5-4237-9190-012177145e10'),
    customRole('contoso app owners', ['microsoft.directory/applications/owners/update']),
    builtInRole('9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'),
    builtInRole('729827e3-9c14-49f7-bb1b-9608f156bbb8'),
  ];

  it.each<[ScopeKind, string[]]>([
    [
      'directory',
      ['Application Administrator', 'contoso app owners', 'Global Administrator', 'Helpdesk Administrator', 'User Administrator'],
    ],
    ['administrativeUnit', ['Helpdesk Administrator', 'User Administrator']],
    ['application', ['Application Administrator', 'contoso app owners']],
  ])('at %s scope lists %j, sorted by name', (kind, names) => {
    expect(rolesForScope(roles, kind).map((role) => role.displayName)).toEqual(names);
  });

  it('does not reorder the list it was given', () => {
    const before = roles.map((role) => role.id);
    rolesForScope(roles, 'directory');
    expect(roles.map((role) => role.id)).toEqual(before);
  });
});

describe('builtInScopeKinds (a built-in role\u2019s scopes from its id, before the role is read)', () => {
  it('answers what supportedScopeKinds answers for the role, in any letter case', () => {
    const id = '729827E3-9C14-49F7-BB1B-9608F156BBB8';
    expect(builtInScopeKinds(id)).toEqual(supportedScopeKinds(builtInRole(id.toLowerCase())));
    expect(builtInScopeKinds(id)).toEqual(['directory', 'administrativeUnit']);
  });

  it('knows nothing of other ids: a custom role\u2019s scopes follow from its permissions', () => {
    expect(builtInScopeKinds('00000000-0000-4000-8000-000000000001')).toBeNull();
  });
});
