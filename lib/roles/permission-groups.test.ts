import { describe, expect, it } from 'vitest';
import { groupPermissions, permissionResource } from './permission-groups';

describe('permissionResource', () => {
  it.each([
    ['microsoft.directory/users/password/update', 'microsoft.directory/users'],
    ['microsoft.directory/applications.myOrganization/credentials/update', 'microsoft.directory/applications.myOrganization'],
    ['microsoft.office365.webPortal/allEntities/standard/read', 'microsoft.office365.webPortal/allEntities'],
    ['microsoft.azure.supportTickets/allEntities/allTasks', 'microsoft.azure.supportTickets/allEntities'],
    ['oddAction', 'oddAction'],
  ])('%s acts on %s', (action, resource) => {
    expect(permissionResource(action)).toBe(resource);
  });
});

describe('groupPermissions', () => {
  it('groups by resource, resources and actions sorted', () => {
    const actions = [
      'microsoft.directory/users/password/update',
      'microsoft.azure.serviceHealth/allEntities/allTasks',
      'microsoft.directory/groups/members/update',
      'microsoft.directory/users/basic/update',
    ].map((action) => ({ action }));
    expect(groupPermissions(actions).map((g) => [g.resource, g.permissions.map((p) => p.action)])).toEqual([
      ['microsoft.azure.serviceHealth/allEntities', ['microsoft.azure.serviceHealth/allEntities/allTasks']],
      ['microsoft.directory/groups', ['microsoft.directory/groups/members/update']],
      ['microsoft.directory/users', ['microsoft.directory/users/basic/update', 'microsoft.directory/users/password/update']],
    ]);
  });
});
