import { describe, expect, it } from 'vitest';
import type { RoleAssignmentInput } from './role-inputs';
import { assignmentTotals, parseRoleListState, roleListRows } from './role-list-view';
import { defaultRoleListState, privilegedAssignmentCount, roleListQuery, type RoleListRow, type RoleListState } from './role-list-state';
import { builtInRole, customRole } from './test-roles';
import { GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR } from './well-known-roles';

const DEVICE_JOIN = '9c094953-4995-41c8-84c8-3ebb9b32c93f'; // hidden in the admin center
const USER = '2b1b9ca5-7c5a-4cbe-9b7b-6b6e4c1d9f10';
const AU = '1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';

const state = (partial: Partial<RoleListState>): RoleListState => ({ ...defaultRoleListState, ...partial });

describe('roleListRows', () => {
  const audit = { ...customRole('Contoso Audit Reader', ['microsoft.directory/auditLogs/allProperties/read']), description: 'Reads audit logs.' };
  const creds = customRole('Contoso App Credential Manager', ['microsoft.directory/applications/credentials/update']);
  const roles = [builtInRole(GLOBAL_ADMINISTRATOR), builtInRole(HELPDESK_ADMINISTRATOR), builtInRole(DEVICE_JOIN), audit, creds];
  let n = 0;
  const assign = (roleDefinitionId: string, directoryScopeId = '/'): RoleAssignmentInput => ({
    id: `a${++n}`, roleDefinitionId, principalId: USER, directoryScopeId,
  });
  const rows = roleListRows(roles, assignmentTotals([
    assign(GLOBAL_ADMINISTRATOR),
    assign(GLOBAL_ADMINISTRATOR),
    assign(HELPDESK_ADMINISTRATOR),
    assign(HELPDESK_ADMINISTRATOR.toUpperCase(), `/administrativeUnits/${AU}`),
    assign(audit.id),
    assign(DEVICE_JOIN),
  ], roles));
  const byName = Object.fromEntries(rows.map((row) => [row.displayName, row]));

  it('leaves out the roles the admin center hides', () => {
    expect(rows.map((row) => row.id)).not.toContain(DEVICE_JOIN);
    expect(rows).toHaveLength(4);
  });

  it.each<[string, Partial<RoleListRow>]>([
    ['Global Administrator', { isBuiltIn: true, privileged: true, assignmentCount: 2 }],
    ['Helpdesk Administrator', { isBuiltIn: true, privileged: true, assignmentCount: 2 }],
    ['Contoso Audit Reader', { isBuiltIn: false, privileged: false, assignmentCount: 1, description: 'Reads audit logs.' }],
    ['Contoso App Credential Manager', { isBuiltIn: false, privileged: true, assignmentCount: 0, description: '' }],
  ])('%s: type, label and assignments at every scope', (name, expected) => {
    expect(byName[name]).toMatchObject(expected);
  });

  it('adds up the assignments of privileged roles for the warning banner', () => {
    expect(privilegedAssignmentCount(rows)).toBe(4);
  });
});

describe('parseRoleListState', () => {
  it.each<[string, Record<string, string | string[] | undefined>, Partial<RoleListState>]>([
    ['no query: the default view', {}, {}],
    ['every option', { search: ' admin ', type: 'custom', privileged: '1', assigned: '1', sort: 'assignments' },
      { search: 'admin', type: 'custom', privilegedOnly: true, assignedOnly: true, sort: 'assignments', direction: 'descending' }],
    ['built-in roles', { type: 'builtin' }, { type: 'builtIn' }],
    ['true is a flag too', { privileged: 'true' }, { privilegedOnly: true }],
    ['an unknown type is ignored', { type: 'weird' }, { type: 'all' }],
    ['an unknown flag value is off', { privileged: 'yes', assigned: '0' }, {}],
    ['an unknown sort is by name', { sort: 'owner' }, { sort: 'name', direction: 'ascending' }],
    ['an explicit direction', { sort: 'name', dir: 'desc' }, { sort: 'name', direction: 'descending' }],
    ['assignments, fewest first', { sort: 'assignments', dir: 'asc' }, { sort: 'assignments', direction: 'ascending' }],
    ['a repeated parameter takes the first', { search: ['one', 'two'] }, { search: 'one' }],
    ['a very long search is cut', { search: 'x'.repeat(500) }, { search: 'x'.repeat(200) }],
  ])('%s', (_, params, expected) => {
    expect(parseRoleListState(params)).toEqual(state(expected));
  });

  it('reads URLSearchParams the same way', () => {
    expect(parseRoleListState(new URLSearchParams('search=admin&type=custom&privileged=1&assigned=1&sort=assignments'))).toEqual(
      state({ search: 'admin', type: 'custom', privilegedOnly: true, assignedOnly: true, sort: 'assignments', direction: 'descending' }),
    );
  });
});

describe('parseRoleListState reads what roleListQuery writes', () => {
  it.each<Partial<RoleListState>>([
    {},
    { search: 'Sécurité & co', type: 'custom', privilegedOnly: true },
    { assignedOnly: true, sort: 'assignments', direction: 'ascending' },
    { sort: 'name', direction: 'descending', type: 'builtIn' },
  ])('round-trips through the URL: %o', (partial) => {
    expect(parseRoleListState(new URLSearchParams(roleListQuery(state(partial))))).toEqual(state(partial));
  });
});
