import { describe, expect, it } from 'vitest';
import {
  bladesShowingAssignments,
  bladesShowingMembership,
  bladesShowingNewGroup,
  bladesShowingReadAccess,
} from './changed-blades';

const role = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const user = '11111111-1111-4111-8111-111111111111';
const group = '22222222-2222-4222-8222-222222222222';
const unit = '33333333-3333-4333-8333-333333333333';
const app = '44444444-4444-4444-8444-444444444444';

describe('bladesShowingAssignments', () => {
  it('refreshes nothing when nothing may have changed', () => {
    expect(bladesShowingAssignments([])).toEqual([]);
  });

  it.each([
    ['a user at Directory', { principalKind: 'user' as const, directoryScopeId: '/' }, [`/users/${user}`]],
    ['a user at an administrative unit', { principalKind: 'user' as const, directoryScopeId: `/administrativeUnits/${unit}` }, [`/admin-units/${unit}`, `/users/${user}`]],
    ['a service principal at an app registration', { principalKind: 'servicePrincipal' as const, directoryScopeId: `/${app}` }, [`/app-registrations/${app}`]],
  ])('%s: All roles, My roles, the role, the scope and the holder', (_, change, more) => {
    const blades = bladesShowingAssignments([{ roleDefinitionId: role, principalId: user, ...change }]);
    expect(blades).toEqual(expect.arrayContaining([
      { path: '/roles', type: 'page' },
      { path: '/my-roles', type: 'page' },
      { path: `/roles/${role}`, type: 'layout' },
      ...more.map((path) => ({ path, type: 'layout' })),
    ]));
    expect(blades).toHaveLength(3 + more.length);
  });

  it('refreshes both a user\u2019s and a group\u2019s blade for a holder of unknown kind', () => {
    const paths = bladesShowingAssignments([{ roleDefinitionId: role, principalId: group, directoryScopeId: '/' }]).map((b) => b.path);
    expect(paths).toEqual(expect.arrayContaining([`/users/${group}`, `/groups/${group}`]));
  });

  it('names each blade once however many assignments it shows', () => {
    const change = { roleDefinitionId: role, principalId: user, principalKind: 'user' as const, directoryScopeId: `/administrativeUnits/${unit}` };
    expect(bladesShowingAssignments([change, change])).toEqual(bladesShowingAssignments([change]));
  });
});

describe('bladesShowingMembership', () => {
  it('an ordinary group: its blade, the groups list and the users\u2019 blades', () => {
    expect(bladesShowingMembership({ id: group, isAssignableToRole: false })).toEqual([
      { path: `/groups/${group}`, type: 'layout' },
      { path: '/groups', type: 'page' },
      { path: '/users', type: 'layout' },
    ]);
  });

  it('a role-assignable group also changes who holds its roles: the role blades and My roles', () => {
    expect(bladesShowingMembership({ id: group, isAssignableToRole: true })).toEqual(expect.arrayContaining([
      { path: '/my-roles', type: 'page' },
      { path: '/roles', type: 'layout' },
    ]));
  });
});

describe('the other changes', () => {
  it('a new group shows in the groups list', () => {
    expect(bladesShowingNewGroup()).toEqual([{ path: '/groups', type: 'page' }]);
  });

  it('a unit\u2019s read-access warning is on the unit\u2019s blade', () => {
    expect(bladesShowingReadAccess(unit)).toEqual([{ path: `/admin-units/${unit}`, type: 'layout' }]);
  });
});
