import { idKey } from './role-inputs';

// The All roles list's view for the client: its rows, search, filters and sort, and how a view is written to the
// URL. No zod and no role facts: role-list-view.ts computes the rows and parses the URL on the server.

/** One row of All roles: plain, serializable data for the client table. */
export type RoleListRow = {
  id: string;
  displayName: string;
  description: string;
  isBuiltIn: boolean;
  privileged: boolean;
  /** Active assignments at every scope; null while a large tenant's are still being counted. */
  assignmentCount: number | null;
};

/** Best practice (Entra's warning on All roles): fewer than 10 privileged role assignments. */
export const PRIVILEGED_ASSIGNMENT_WARNING_THRESHOLD = 10;

/** Assignments of privileged roles, the number Entra compares with 10; null until every role is counted. */
export function privilegedAssignmentCount(rows: readonly RoleListRow[]): number | null {
  let sum = 0;
  for (const row of rows) {
    if (!row.privileged) continue;
    if (row.assignmentCount === null) return null;
    sum += row.assignmentCount;
  }
  return sum;
}

/** The rows with counts filled in from `totals` (keyed by `idKey(role.id)`), once a large tenant's are counted. */
export function withAssignmentTotals(rows: readonly RoleListRow[], totals: Readonly<Record<string, number>>): RoleListRow[] {
  return rows.map((row) => ({ ...row, assignmentCount: totals[idKey(row.id)] ?? 0 }));
}

export const ROLE_TYPES = ['all', 'builtIn', 'custom'] as const;
export type RoleTypeFilter = (typeof ROLE_TYPES)[number];
export const ROLE_SORT_KEYS = ['name', 'assignments'] as const;
export type RoleSortKey = (typeof ROLE_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export type RoleListState = {
  search: string;
  type: RoleTypeFilter;
  privilegedOnly: boolean;
  assignedOnly: boolean;
  sort: RoleSortKey;
  direction: SortDirection;
};

/** The natural direction of each sort: names A to Z, the most assigned roles first. */
export const defaultSortDirection: Record<RoleSortKey, SortDirection> = { name: 'ascending', assignments: 'descending' };

/**
 * The view after a click on a column header: the sorted column flips its direction, another column starts in its
 * natural one (names A to Z, the most assigned roles first). Computed from the latest view, not from what the
 * table last rendered, so two quick clicks flip twice.
 */
export function sortedBy<S extends { sort: RoleSortKey; direction: SortDirection }>(state: S, key: RoleSortKey): S {
  const direction = key !== state.sort ? defaultSortDirection[key] : state.direction === 'ascending' ? 'descending' : 'ascending';
  return { ...state, sort: key, direction };
}

export const defaultRoleListState: RoleListState = {
  search: '',
  type: 'all',
  privilegedOnly: false,
  assignedOnly: false,
  sort: 'name',
  direction: 'ascending',
};

export const MAX_SEARCH_LENGTH = 200;

// The URL's words: short, lower-case, and stable, because trainers paste these links into guides.
const typeInUrl = { builtIn: 'builtin', custom: 'custom' } as const;

/** The query string for a view ("" for the default view), leaving out every option at its default. */
export function roleListQuery(state: RoleListState): string {
  const params = new URLSearchParams();
  const search = state.search.trim();
  if (search) params.set('search', search.slice(0, MAX_SEARCH_LENGTH));
  if (state.type !== 'all') params.set('type', typeInUrl[state.type]);
  if (state.privilegedOnly) params.set('privileged', '1');
  if (state.assignedOnly) params.set('assigned', '1');
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.direction !== defaultSortDirection[state.sort]) params.set('dir', state.direction === 'ascending' ? 'asc' : 'desc');
  return params.toString();
}

/** `/roles` with the view's query, for links and for the address bar. */
export function roleListHref(state: RoleListState): string {
  const query = roleListQuery(state);
  return query ? `/roles?${query}` : '/roles';
}

/** How many filters (not search, not sort) narrow the list: the number on the "Add filters" button. */
export function activeFilterCount(state: RoleListState): number {
  return (state.type === 'all' ? 0 : 1) + (state.privilegedOnly ? 1 : 0) + (state.assignedOnly ? 1 : 0);
}

// Case- and accent-insensitive: "securite" finds "Sécurité", "ADMIN" finds "admin".
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('en');
}

/** Every word of the search must appear in the role's name or description. */
export function matchesSearch(row: Pick<RoleListRow, 'displayName' | 'description'>, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${row.displayName}\n${row.description}`);
  return words.every((word) => haystack.includes(word));
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareRows(sort: RoleSortKey): (a: RoleListRow, b: RoleListRow) => number {
  if (sort === 'name') return (a, b) => byName.compare(a.displayName, b.displayName) || a.id.localeCompare(b.id);
  // Ties keep name order (A to Z) whichever way the counts run, so equal counts read alphabetically. A count not
  // known yet sorts below every known one.
  return (a, b) => (a.assignmentCount ?? -1) - (b.assignmentCount ?? -1);
}

/** The rows the view shows, in its order. Does not change `rows`. */
export function applyRoleListState(rows: readonly RoleListRow[], state: RoleListState): RoleListRow[] {
  const shown = rows.filter(
    (row) =>
      (state.type === 'all' || (state.type === 'builtIn') === row.isBuiltIn) &&
      (!state.privilegedOnly || row.privileged) &&
      (!state.assignedOnly || row.assignmentCount === null || row.assignmentCount > 0) &&
      matchesSearch(row, state.search),
  );
  const sign = state.direction === 'ascending' ? 1 : -1;
  const primary = compareRows(state.sort);
  const name = compareRows('name');
  return shown.sort((a, b) => sign * primary(a, b) || name(a, b));
}
