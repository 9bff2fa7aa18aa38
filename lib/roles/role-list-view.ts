import { z } from 'zod';
import { countAssignmentsByRole } from './assignment-counts';
import { isHiddenRole, isPrivilegedRole } from './privileged';
import { idKey, type RoleAssignmentInput, type RoleDefinitionInput } from './role-inputs';

// The All roles list: which roles it shows, how search, filters and sort narrow it, and how that view is written
// to and read from the URL (`/roles?search=admin&type=custom&privileged=1&assigned=1&sort=assignments`).

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

/** Each role's number of assignments at every scope, keyed by `idKey(role.id)`, counted from a list of them. */
export function assignmentTotals(
  assignments: readonly RoleAssignmentInput[],
  roles: readonly Pick<RoleDefinitionInput, 'id' | 'templateId'>[],
): Map<string, number> {
  return new Map([...countAssignmentsByRole(assignments, roles)].map(([key, counts]) => [key, counts.total]));
}

/**
 * The rows of All roles: every role the admin center lists (hidden ones left out), with its PRIVILEGED label
 * and its number of assignments (`totals`, keyed by `idKey(role.id)`; a role missing from it has none; no totals
 * at all: not counted yet).
 */
export function roleListRows(
  roles: readonly (RoleDefinitionInput & { description?: string | null })[],
  totals: ReadonlyMap<string, number> | null,
): RoleListRow[] {
  return roles
    .filter((role) => !isHiddenRole(role))
    .map((role) => ({
      id: role.id,
      displayName: role.displayName,
      description: role.description ?? '',
      isBuiltIn: role.isBuiltIn,
      privileged: isPrivilegedRole(role),
      assignmentCount: totals ? (totals.get(idKey(role.id)) ?? 0) : null,
    }));
}

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
const urlStateSchema = z.object({
  search: z
    .string()
    .transform((value) => value.trim().slice(0, MAX_SEARCH_LENGTH))
    .catch(''),
  type: z
    .enum(['builtin', 'custom'])
    .transform((value): RoleTypeFilter => (value === 'custom' ? 'custom' : 'builtIn'))
    .catch('all'),
  privileged: z.enum(['1', 'true']).transform(() => true).catch(false),
  assigned: z.enum(['1', 'true']).transform(() => true).catch(false),
  sort: z.enum(ROLE_SORT_KEYS).catch('name'),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
});

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function firstValue(params: SearchParamsInput, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the view from the URL's query. Never throws: an unknown or malformed value means that option's default. */
export function parseRoleListState(params: SearchParamsInput): RoleListState {
  const raw = Object.fromEntries(
    ['search', 'type', 'privileged', 'assigned', 'sort', 'dir'].map((name) => [name, firstValue(params, name)]),
  );
  const parsed = urlStateSchema.parse(raw);
  const direction =
    parsed.dir === undefined ? defaultSortDirection[parsed.sort] : parsed.dir === 'asc' ? 'ascending' : 'descending';
  return {
    search: parsed.search,
    type: parsed.type,
    privilegedOnly: parsed.privileged,
    assignedOnly: parsed.assigned,
    sort: parsed.sort,
    direction,
  };
}

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
