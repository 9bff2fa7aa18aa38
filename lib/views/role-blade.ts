import 'server-only';
import { cache } from 'react';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { countRoleAssignmentsOfRoles, getRoleDefinition, isGuid, searchPrincipals, type RoleDefinition } from '@/lib/graph/server';
import { otherManagingRole } from '@/lib/roles/last-admin';
import { sortAssignmentRows, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { isPrivilegedRole, privilegedActions } from '@/lib/roles/privileged';
import { supportedScopeKinds } from '@/lib/roles/scopes';
import type { ScopeKind } from '@/lib/roles/scope-kinds';
import { readRoleAssignmentPage, toRoleAssignmentRows, type RoleAssignmentPage } from './role-assignments';

/** What the blade's chrome and both tabs know about the role: plain, serializable data. */
export type RoleSummary = {
  id: string;
  displayName: string;
  description: string;
  templateId: string | null;
  isBuiltIn: boolean;
  isEnabled: boolean;
  privileged: boolean;
  supportedScopeKinds: ScopeKind[];
};

export type RolePermission = { action: string; privileged: boolean };

/**
 * The role, read once per request whichever of layout and page asks first; null for a malformed id or a role
 * that doesn't exist, so the blade shows its not-found page instead of an error.
 */
export const loadRole = cache(async (roleId: string): Promise<RoleDefinition | null> => {
  if (!isGuid(roleId)) return null;
  const graph = await requireGraph();
  return withSignInOnUnauthorized(() => getRoleDefinition(graph, roleId));
});

export function toRoleSummary(role: RoleDefinition): RoleSummary {
  return {
    id: role.id,
    displayName: role.displayName,
    description: role.description ?? '',
    templateId: role.templateId ?? null,
    isBuiltIn: role.isBuiltIn,
    isEnabled: role.isEnabled,
    privileged: isPrivilegedRole(role),
    supportedScopeKinds: supportedScopeKinds(role),
  };
}

/**
 * The role's Assignments tab. A role held up to 100 times comes whole (`complete`): sorted as Entra lists them and
 * filtered in the browser. A role held more often comes a Graph page of 100 at a time (`paged`), filtered by Graph
 * (by scope, and by name through a directory search), so the blade's work is bounded by the page it shows.
 */
export type RoleAssignmentsView =
  | { mode: 'complete'; rows: RoleAssignmentRow[] }
  | {
      mode: 'paged';
      rows: RoleAssignmentRow[];
      /** Assignments matching the search and scope. */
      total: number;
      nextCursor: string | null;
      /** The `$skiptoken` of every page already passed. */
      after: string[];
      search: string;
      scope: string | null;
      /** The search matched more people, groups and apps than one page of results covers. */
      searchNarrowed: boolean;
    };

export type RoleAssignmentsQuery = {
  after: string[];
  search: string;
  scope: string | null;
  /** Told the principals of the rows to show as soon as their page is read, before the names round. */
  onPrincipals?: (principalIds: string[]) => void;
};

// A search in a paged role looks up at most this many principals of each kind, and shows their assignments.
const SEARCH_PRINCIPALS_PER_KIND = 5;

/**
 * Reads what the Assignments tab shows, in two rounds of Graph requests (three when searching a paged role): the
 * first page with its count (plus, when filtered, the search or the scoped page alongside it); then the names.
 */
export async function loadRoleAssignments(roleId: string, query: RoleAssignmentsQuery): Promise<RoleAssignmentsView> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const search = query.search.trim();
    const scope = query.scope;
    const shown = (assignments: RoleAssignmentPage['assignments']) => query.onPrincipals?.(assignments.map((a) => a.principalId));
    const paged = async (page: RoleAssignmentPage, searchNarrowed = false): Promise<RoleAssignmentsView> => ({
      mode: 'paged',
      rows: await (shown(page.assignments), toRoleAssignmentRows(graph, page.assignments)),
      total: page.total,
      nextCursor: page.nextCursor,
      after: query.after,
      search,
      scope,
      searchNarrowed,
    });
    const searched = async () => {
      const { principals, hasMore } = await searchPrincipals(graph, search, { top: SEARCH_PRINCIPALS_PER_KIND });
      if (principals.length === 0) return { page: { assignments: [], total: 0, nextCursor: null }, hasMore };
      const page = await readRoleAssignmentPage(graph, roleId, {
        cursor: query.after.at(-1),
        directoryScopeId: scope,
        principalIds: principals.map((p) => p.id),
      });
      return { page, hasMore };
    };

    // Only a paged role has a cursor in its URL: read the requested page straight away.
    if (query.after.length > 0) {
      if (search) {
        const { page, hasMore } = await searched();
        return paged(page, hasMore);
      }
      return paged(await readRoleAssignmentPage(graph, roleId, { cursor: query.after.at(-1), directoryScopeId: scope }));
    }
    // The unfiltered first page says which mode the role is in. A filtered read starts alongside it, in case the
    // role is paged; for a complete role it is dropped, and the browser filters instead.
    const filteredRead = search
      ? searched()
      : scope
        ? readRoleAssignmentPage(graph, roleId, { directoryScopeId: scope }).then((page) => ({ page, hasMore: false }))
        : null;
    filteredRead?.catch(() => undefined);
    const first = await readRoleAssignmentPage(graph, roleId);
    if (first.nextCursor === null) {
      shown(first.assignments);
      return { mode: 'complete', rows: sortAssignmentRows(await toRoleAssignmentRows(graph, first.assignments)) };
    }
    if (!filteredRead) return paged(first);
    const { page, hasMore } = await filteredRead;
    return paged(page, hasMore);
  });
}

/** The role's permissions, each once, with the privileged ones flagged (never contradicting the role's label). */
export function rolePermissions(role: RoleDefinition): RolePermission[] {
  const flagged = new Set(privilegedActions(role));
  const actions = [...new Set(role.rolePermissions.flatMap((p) => p.allowedResourceActions))];
  return actions.map((action) => ({ action, privileged: flagged.has(action) }));
}

/**
 * For Global Administrator and Privileged Role Administrator: how many tenant-scope assignments the other role that
 * can manage role assignments has, so that removing the last holder of one says what really remains. Null for
 * other roles, and when the count can't be read (the warning then says only what is certain).
 */
export const loadManagingPeerCount = cache(async (role: RoleDefinition): Promise<number | null> => {
  const other = otherManagingRole(role.templateId ?? role.id);
  if (!other) return null;
  const graph = await requireGraph();
  try {
    return (await countRoleAssignmentsOfRoles(graph, [other], { directoryScopeId: '/' })).get(other) ?? 0;
  } catch {
    return null;
  }
});
