import { describe, expect, it } from 'vitest';
import {
  assignmentFiltersQuery,
  emptyAssignmentFilters,
  filterAssignmentRows,
  pageOfAssignments,
  parseAssignmentFilters,
  scopeChoices,
  sortAssignmentRows,
  type AssignmentFilters,
  type RoleAssignmentRow,
} from './assignment-filters';

const AU = '/administrativeUnits/1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';
const APP = '/5d2e0a21-8d6b-4dcf-8c8c-7c7f3c2cadb6';

const row = (id: string, overrides: Partial<RoleAssignmentRow> = {}): RoleAssignmentRow => ({
  id,
  roleDefinitionId: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  principalId: '3c2cadb6-8d6b-4dcf-8c8c-7c7f5d2e0a21',
  principalType: 'user',
  displayName: id,
  userPrincipalName: `${id}@contoso.onmicrosoft.com`,
  appId: null,
  userType: 'Member',
  memberCount: null,
  directoryScopeId: '/',
  scopeKind: 'directory',
  scopeKindLabel: 'Directory',
  scopeName: 'Directory',
  ...overrides,
});

const diego = row('Diego Siciliani', { userPrincipalName: 'DiegoS@contoso.onmicrosoft.com' });
const group = row('Contoso_Helpdesk_Administrators', { principalType: 'group', userPrincipalName: null, memberCount: 3 });
const seattle = row('Lee Gu', { directoryScopeId: AU, scopeKind: 'administrativeUnit', scopeKindLabel: 'Administrative unit', scopeName: 'Seattle' });
const app = row('Contoso Automation', {
  principalType: 'servicePrincipal', userPrincipalName: null, appId: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f',
  directoryScopeId: APP, scopeKind: 'application', scopeKindLabel: 'App registration', scopeName: 'Contoso Expenses',
});
const rows = [diego, group, seattle, app];

const params = (query: string) => new URLSearchParams(query);

describe('parseAssignmentFilters', () => {
  it.each<[string, string, Partial<AssignmentFilters>]>([
    ['an empty query', '', {}],
    ['a principal type', 'type=group', { type: 'group' }],
    ['an unknown principal type', 'type=device', {}],
    ['a scope kind', 'scopeKind=administrativeUnit', { scopeKind: 'administrativeUnit' }],
    ['an unknown scope kind', 'scopeKind=tenant', {}],
    ['the directory scope', 'scope=%2F', { scope: '/' }],
    ['an administrative unit scope', `scope=${encodeURIComponent(AU)}`, { scope: AU }],
    ['an app scope', `scope=${encodeURIComponent(APP)}`, { scope: APP }],
    ['a scope that is not a directoryScopeId', 'scope=%2Fusers%2Fx', {}],
    ['a search', 'search=diego', { search: 'diego' }],
    ['a page', 'page=3', { page: 3 }],
    ['a page that is not a number', 'page=x', {}],
    ['a page below one', 'page=-2', {}],
  ])('%s', (_case, query, expected) => {
    expect(parseAssignmentFilters(params(query))).toEqual({ ...emptyAssignmentFilters, ...expected });
  });

  it('round-trips through the query string', () => {
    const filters: AssignmentFilters = { scopeKind: 'administrativeUnit', scope: AU, type: 'user', search: 'lee gu', page: 2 };
    expect(parseAssignmentFilters(params(assignmentFiltersQuery(filters).slice(1)))).toEqual(filters);
  });

  it('leaves defaults out of the query string', () => {
    expect(assignmentFiltersQuery(emptyAssignmentFilters)).toBe('');
    expect(assignmentFiltersQuery({ ...emptyAssignmentFilters, type: 'group' })).toBe('?type=group');
  });
});

describe('filterAssignmentRows', () => {
  it.each<[string, Partial<AssignmentFilters>, RoleAssignmentRow[]]>([
    ['no filter', {}, rows],
    ['groups', { type: 'group' }, [group]],
    ['service principals', { type: 'servicePrincipal' }, [app]],
    ['the directory scope kind', { scopeKind: 'directory' }, [diego, group]],
    ['administrative units', { scopeKind: 'administrativeUnit' }, [seattle]],
    ['one app scope', { scope: APP }, [app]],
    ['one scope, ids in another case', { scope: AU.toUpperCase().replace('ADMINISTRATIVEUNITS', 'administrativeUnits') }, [seattle]],
    ['a name, any case', { search: 'DIEGO' }, [diego]],
    ['a UPN', { search: 'diegos@' }, [diego]],
    ['an app id', { search: '5b0e2f7c' }, [app]],
    ['two words in any order', { search: 'gu lee' }, [seattle]],
    ['filters together', { type: 'user', scopeKind: 'directory', search: 'lee' }, []],
  ])('%s', (_case, filters, expected) => {
    expect(filterAssignmentRows(rows, { ...emptyAssignmentFilters, ...filters })).toEqual(expected);
  });
});

describe('pageOfAssignments', () => {
  const many = Array.from({ length: 250 }, (_, i) => row(`user ${i}`));
  it.each([
    [1, { page: 1, pageCount: 3, first: 1, last: 100 }],
    [3, { page: 3, pageCount: 3, first: 201, last: 250 }],
    [9, { page: 3, pageCount: 3, first: 201, last: 250 }],
    [0, { page: 1, pageCount: 3, first: 1, last: 100 }],
  ])('page %i', (page, expected) => {
    const result = pageOfAssignments(many, page);
    expect({ page: result.page, pageCount: result.pageCount, first: result.first, last: result.last }).toEqual(expected);
    expect(result.items).toHaveLength(expected.last - expected.first + 1);
  });

  it('has one empty page when nothing matches', () => {
    expect(pageOfAssignments([], 1)).toEqual({ items: [], page: 1, pageCount: 1, first: 0, last: 0 });
  });
});

describe('sortAssignmentRows and scopeChoices', () => {
  it('sorts by name, then the directory before other scopes', () => {
    const atAu = { ...diego, id: 'd2', directoryScopeId: AU, scopeKind: 'administrativeUnit' as const, scopeName: 'Seattle' };
    expect(sortAssignmentRows([atAu, seattle, diego, app]).map((r) => r.id)).toEqual([app.id, diego.id, 'd2', seattle.id]);
  });

  it('lists each scope once, directory first, with counts', () => {
    expect(scopeChoices(rows).map(({ label, count }) => [label, count])).toEqual([
      ['Directory', 2],
      ['Seattle (Administrative unit)', 1],
      ['Contoso Expenses (App registration)', 1],
    ]);
    expect(scopeChoices(rows, 'application').map((c) => c.directoryScopeId)).toEqual([APP]);
  });
});
