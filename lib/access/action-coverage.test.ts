import { describe, expect, it } from 'vitest';
import { actionsMatching, grantingPermissions, permissionGrants } from './action-coverage';

const reset = 'microsoft.directory/users/password/update';

describe('which permissions grant an action', () => {
  it('understands allProperties, allTasks and allEntities, and nothing looser', () => {
    expect(permissionGrants(reset, reset)).toBe(true);
    expect(permissionGrants('Microsoft.Directory/Users/allProperties/allTasks', reset)).toBe(true);
    expect(permissionGrants('microsoft.directory/users/password/allTasks', reset)).toBe(true);
    expect(permissionGrants('microsoft.directory/users/allProperties/read', reset)).toBe(false);
    expect(permissionGrants('microsoft.directory/users/basic/update', reset)).toBe(false);
    expect(permissionGrants('microsoft.directory/groups/allProperties/allTasks', reset)).toBe(false);
    expect(permissionGrants('microsoft.azure.serviceHealth/allEntities/allTasks', 'microsoft.azure.serviceHealth/incidents/read')).toBe(true);
    expect(grantingPermissions(['microsoft.directory/users/basic/update', 'microsoft.directory/users/password/update'], reset)).toEqual([reset]);
  });
});

describe('finding actions by words', () => {
  const known = [
    { action: reset },
    { action: 'microsoft.directory/users/passwordPolicies/update' },
    { action: 'microsoft.directory/users/basic/update' },
    { action: 'microsoft.directory/deviceLocalCredentials/password/read', description: 'Read all properties of the backed up local administrator account credentials' },
    { action: 'microsoft.directory/applications/credentials/update', description: 'Update application credentials' },
  ];

  it('maps an admin\u2019s words to permission names: "reset passwords" is password/update', () => {
    expect(actionsMatching('reset passwords', known)).toEqual([reset]);
    expect(actionsMatching('Who can reset a user\u2019s password?', known)).toEqual([reset]);
    expect(actionsMatching('read local administrator credentials', known)).toEqual(['microsoft.directory/deviceLocalCredentials/password/read']);
    expect(actionsMatching('nothing like this', known)).toEqual([]);
  });

  it('takes an action name as it is, listed or not', () => {
    expect(actionsMatching('microsoft.directory/users/delete', known)).toEqual(['microsoft.directory/users/delete']);
  });
});
