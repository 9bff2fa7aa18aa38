import { describe, expect, it } from 'vitest';
import { grantsDirectoryRead, holdersWithoutReadAccess, needsDirectoryRead, type ScopedHolder } from './scope-read-access';
import { builtInRole, customRole } from './test-roles';
import { DIRECTORY_READERS, GLOBAL_READER, HELPDESK_ADMINISTRATOR } from './well-known-roles';

const directoryReaders = builtInRole(DIRECTORY_READERS, ['microsoft.directory/users/standard/read']);
const globalReader = builtInRole(GLOBAL_READER, ['microsoft.directory/users/allProperties/read']);
const helpdesk = builtInRole(HELPDESK_ADMINISTRATOR, ['microsoft.directory/users/password/update']);
const userReader = customRole('Contoso user reader', ['microsoft.directory/users/standard/read']);
const roles = [directoryReaders, globalReader, helpdesk, userReader];

const guest = '10000000-0000-4000-8000-000000000001';
const member = '10000000-0000-4000-8000-000000000002';
const app = '10000000-0000-4000-8000-000000000003';
const group = '10000000-0000-4000-8000-000000000004';

const holder = (principalId: string, principalType: ScopedHolder['principalType'], userType: string | null = null): ScopedHolder => ({
  principalId, principalType, userType, displayName: principalId, roleDefinitionId: helpdesk.id,
});
const at = (principalId: string, roleDefinitionId: string, directoryScopeId = '/') => ({ id: `${principalId}-${roleDefinitionId}`, principalId, roleDefinitionId, directoryScopeId });

describe('grantsDirectoryRead', () => {
  it.each([
    ['Directory Readers', directoryReaders, true],
    ['Directory Readers even with its actions left out', builtInRole(DIRECTORY_READERS), true],
    ['Global Reader', globalReader, true],
    ['a custom role that reads users', userReader, true],
    ['Helpdesk Administrator', helpdesk, false],
  ])('%s → %s', (_, role, expected) => {
    expect(grantsDirectoryRead(role)).toBe(expected);
  });
});

describe('needsDirectoryRead', () => {
  it.each([
    ['a guest', holder(guest, 'user', 'Guest'), true],
    ['a service principal', holder(app, 'servicePrincipal'), true],
    ['a member user', holder(member, 'user', 'Member'), false],
    ['a group', holder(group, 'group'), false],
  ])('%s → %s', (_, h, expected) => {
    expect(needsDirectoryRead(h)).toBe(expected);
  });
});

describe('holdersWithoutReadAccess', () => {
  const scopedHolders = [holder(guest, 'user', 'Guest'), holder(member, 'user', 'Member'), holder(app, 'servicePrincipal')];

  it.each([
    ['no one reads the directory: the guest and the app are named', [], [guest, app]],
    ['Directory Readers at tenant scope covers the guest', [at(guest, DIRECTORY_READERS)], [app]],
    ['Global Reader covers the app', [at(app, GLOBAL_READER)], [guest]],
    ['a custom reading role covers both', [at(guest, userReader.id), at(app, userReader.id)], []],
    ['Directory Readers scoped to a unit does not count', [at(guest, DIRECTORY_READERS, '/administrativeUnits/20000000-0000-4000-8000-000000000001')], [guest, app]],
    ['a tenant role that does not read does not count', [at(guest, HELPDESK_ADMINISTRATOR)], [guest, app]],
    ['an assignment of a deleted role does not count', [at(guest, '30000000-0000-4000-8000-000000000009')], [guest, app]],
  ])('%s', (_, tenantAssignments, expected) => {
    expect(holdersWithoutReadAccess({ scopedHolders, tenantAssignments, roles }).map((h) => h.principalId)).toEqual(expected);
  });

  it('names each principal once, with every role it holds at the scope', () => {
    const other = customRole('Contoso tier 1', ['microsoft.directory/users/password/update']);
    const result = holdersWithoutReadAccess({
      scopedHolders: [holder(guest, 'user', 'Guest'), { ...holder(guest.toUpperCase(), 'user', 'Guest'), roleDefinitionId: other.id }],
      tenantAssignments: [],
      roles: [...roles, other],
    });
    expect(result).toEqual([{ principalId: guest, principalType: 'user', displayName: guest, roleDefinitionIds: [helpdesk.id, other.id] }]);
  });
});
