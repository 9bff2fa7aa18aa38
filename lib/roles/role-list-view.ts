import { z } from 'zod';
import { countAssignmentsByRole } from './assignment-counts';
import { isHiddenRole, isPrivilegedRole } from './privileged';
import { idKey, type RoleAssignmentInput, type RoleDefinitionInput } from './role-inputs';
import { defaultSortDirection, MAX_SEARCH_LENGTH, ROLE_SORT_KEYS, type RoleListRow, type RoleListState, type RoleTypeFilter } from './role-list-state';

// The All roles list on the server: which roles it shows, with their labels and counts, and the view read from the
// URL (`/roles?search=admin&type=custom&privileged=1&assigned=1&sort=assignments`). How search, filters and sort
// narrow it, and how a view is written to the URL, are in role-list-state.ts, which client components import.

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

// The URL's words (role-list-state.ts writes them), read back leniently.
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
