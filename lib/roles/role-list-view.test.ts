import { describe, expect, it } from 'vitest';
import type { RoleAssignmentInput } from './role-inputs';
import {
  activeFilterCount,
  applyRoleListState,
  assignmentTotals,
  defaultRoleListState,
  matchesSearch,
  parseRoleListState,
  privilegedAssignmentCount,
  roleListHref,
  roleListQuery,
  sortedBy,
  roleListRows,
  type RoleListRow,
  type RoleListState,
} from './role-list-view';
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

describe('roleListQuery and roleListHref', () => {
  it.each<[string, Partial<RoleListState>, string]>([
    ['the default view has no query', {}, '/roles'],
    ['the issue example', { search: 'admin', type: 'custom', privilegedOnly: true, assignedOnly: true, sort: 'assignments', direction: 'descending' },
      '/roles?search=admin&type=custom&privileged=1&assigned=1&sort=assignments'],
    ['built-in', { type: 'builtIn' }, '/roles?type=builtin'],
    ['search is trimmed and encoded', { search: '  a&b c ' }, '/roles?search=a%26b+c'],
    ['a blank search is left out', { search: '   ' }, '/roles'],
    ['a non-default direction', { direction: 'descending' }, '/roles?dir=desc'],
    ['fewest assignments first', { sort: 'assignments', direction: 'ascending' }, '/roles?sort=assignments&dir=asc'],
  ])('%s', (_, partial, href) => {
    expect(roleListHref(state(partial))).toBe(href);
  });

  it.each<Partial<RoleListState>>([
    {},
    { search: 'Sécurité & co', type: 'custom', privilegedOnly: true },
    { assignedOnly: true, sort: 'assignments', direction: 'ascending' },
    { sort: 'name', direction: 'descending', type: 'builtIn' },
  ])('round-trips through the URL: %o', (partial) => {
    expect(parseRoleListState(new URLSearchParams(roleListQuery(state(partial))))).toEqual(state(partial));
  });
});

describe('matchesSearch', () => {
  const row = { displayName: 'Helpdesk Administrator', description: 'Can reset passwords for non-administrators.' };
  it.each<[string, boolean]>([
    ['', true],
    ['helpdesk', true],
    ['HELPDESK admin', true],
    ['passwords', true],
    ['reset helpdesk', true],
    ['global', false],
    ['helpdesk global', false],
  ])('"%s" → %s', (search, expected) => {
    expect(matchesSearch(row, search)).toBe(expected);
  });

  it('ignores accents', () => {
    expect(matchesSearch({ displayName: 'Administrateur de la sécurité', description: '' }, 'securite')).toBe(true);
  });
});

describe('applyRoleListState', () => {
  const row = (displayName: string, partial: Partial<RoleListRow> = {}): RoleListRow => ({
    id: `id-${displayName}`, displayName, description: '', isBuiltIn: true, privileged: false, assignmentCount: 0, ...partial,
  });
  const rows = [
    row('User Administrator', { privileged: true, assignmentCount: 1 }),
    row('Global Reader', { assignmentCount: 1, description: 'Can read everything an admin can.' }),
    row('Contoso Audit Reader', { isBuiltIn: false, assignmentCount: 0 }),
    row('Global Administrator', { privileged: true, assignmentCount: 2 }),
    row('Contoso App Credential Manager', { isBuiltIn: false, privileged: true, assignmentCount: 3 }),
    row('Attack Simulation Administrator'),
  ];
  const names = (partial: Partial<RoleListState>) => applyRoleListState(rows, state(partial)).map((r) => r.displayName);

  it.each<[string, Partial<RoleListState>, string[]]>([
    ['all roles, A to Z', {}, ['Attack Simulation Administrator', 'Contoso App Credential Manager', 'Contoso Audit Reader',
      'Global Administrator', 'Global Reader', 'User Administrator']],
    ['Z to A', { direction: 'descending' }, ['User Administrator', 'Global Reader', 'Global Administrator', 'Contoso Audit Reader',
      'Contoso App Credential Manager', 'Attack Simulation Administrator']],
    ['custom', { type: 'custom' }, ['Contoso App Credential Manager', 'Contoso Audit Reader']],
    ['built-in', { type: 'builtIn' }, ['Attack Simulation Administrator', 'Global Administrator', 'Global Reader', 'User Administrator']],
    ['privileged', { privilegedOnly: true }, ['Contoso App Credential Manager', 'Global Administrator', 'User Administrator']],
    ['with assignments', { assignedOnly: true }, ['Contoso App Credential Manager', 'Global Administrator', 'Global Reader', 'User Administrator']],
    ['most assignments first, ties by name', { sort: 'assignments', direction: 'descending' },
      ['Contoso App Credential Manager', 'Global Administrator', 'Global Reader', 'User Administrator',
        'Attack Simulation Administrator', 'Contoso Audit Reader']],
    ['fewest first, ties still by name', { sort: 'assignments', direction: 'ascending' },
      ['Attack Simulation Administrator', 'Contoso Audit Reader', 'Global Reader', 'User Administrator',
        'Global Administrator', 'Contoso App Credential Manager']],
    ['search in descriptions', { search: 'read' }, ['Contoso Audit Reader', 'Global Reader']],
    ['everything at once', { search: 'admin', type: 'builtIn', privilegedOnly: true, assignedOnly: true, sort: 'assignments', direction: 'descending' },
      ['Global Administrator', 'User Administrator']],
    ['nothing matches', { search: 'no such role' }, []],
  ])('%s', (_, partial, expected) => {
    expect(names(partial)).toEqual(expected);
  });

  it('leaves its input as it was', () => {
    const before = rows.map((r) => r.displayName);
    names({ direction: 'descending' });
    expect(rows.map((r) => r.displayName)).toEqual(before);
  });

  it.each<[Partial<RoleListState>, number]>([
    [{}, 0],
    [{ search: 'admin', sort: 'assignments' }, 0],
    [{ type: 'custom' }, 1],
    [{ type: 'builtIn', privilegedOnly: true, assignedOnly: true }, 3],
  ])('counts active filters: %o → %i', (partial, expected) => {
    expect(activeFilterCount(state(partial))).toBe(expected);
  });
});

describe('sortedBy', () => {
  const byName = { sort: 'name', direction: 'ascending' } as const;

  it('flips the direction of the sorted column, and back again', () => {
    const once = sortedBy(byName, 'name');
    expect(once).toEqual({ sort: 'name', direction: 'descending' });
    expect(sortedBy(once, 'name')).toEqual(byName);
  });

  it('starts another column in its natural direction: the most assigned first', () => {
    expect(sortedBy({ sort: 'assignments', direction: 'ascending' }, 'name')).toEqual(byName);
    expect(sortedBy(byName, 'assignments')).toEqual({ sort: 'assignments', direction: 'descending' });
  });
});
