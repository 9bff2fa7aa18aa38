import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  applyRoleListState,
  defaultRoleListState,
  matchesSearch,
  roleListHref,
  sortedBy,
  type RoleListRow,
  type RoleListState,
} from './role-list-state';

const state = (partial: Partial<RoleListState>): RoleListState => ({ ...defaultRoleListState, ...partial });

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
