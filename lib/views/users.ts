import 'server-only';
import { cache } from 'react';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import {
  getUser,
  isGuid,
  countRoleAssignmentsOfRoles,
  listRoleAssignments,
  listUsersPage,
  type DirectoryPage,
  type User,
} from '@/lib/graph/server';
import type { AssignmentPath } from '@/lib/roles/inherited-roles';
import { GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR } from '@/lib/roles/well-known-roles';
import { otherManagingRole, wouldRemoveLastHolder } from '@/lib/roles/last-admin';
import { nameDirectoryScopes } from './directory-scopes';
import { loadUserRoleAssignments } from './my-role-assignments';
import { roleAtScope, type RoleAtScope } from './role-at-scope';

export const USERS_PAGE_SIZE = 100;

export type UserListState = { search: string; after: string[] };

/**
 * One page of All users: Graph's `$search` on name and UPN (ConsistencyLevel: eventual), sorted by display name,
 * 100 per page, with the total from `$count`. One Graph request.
 */
export async function loadUsersPage(state: UserListState): Promise<DirectoryPage<User>> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(() => listUsersPage(graph, { search: state.search, top: USERS_PAGE_SIZE, cursor: state.after.at(-1) ?? null }));
}

/** The user, read once per request whichever of layout and page asks first; null for a malformed or unknown id. */
export const loadUser = cache(async (userId: string): Promise<User | null> => {
  if (!isGuid(userId)) return null;
  const graph = await requireGraph();
  return withSignInOnUnauthorized(() => getUser(graph, userId));
});

export type UserRoleRow = RoleAtScope & {
  roleTemplateId: string;
  directoryScopeId: string;
  via: AssignmentPath;
  /** Removing this direct assignment would leave its role (GA or PRA) with no tenant-scope holder. */
  lastHolder: boolean;
  /** For a last holder: the other managing role's tenant-scope assignments (null when unread), for the warning. */
  managingPeers: number | null;
};

/**
 * A user's Assigned roles, direct and through role-assignable groups, at every scope with the scope named: two
 * rounds for the roles (lib/views/my-role-assignments.ts), the second of which also names the direct assignments'
 * scopes and, when the user holds Global Administrator or Privileged Role Administrator directly at "/", asks
 * whether they are its last holder (so Remove can warn before the admin confirms). A third round names only the
 * scopes that reach the user through a group and no direct assignment already named.
 */
export const loadUserRoles = cache(async (userId: string): Promise<UserRoleRow[]> => {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const { rows, alongside } = await loadUserRoleAssignments(graph, userId, async (direct, roles) => {
      const templates = new Map(roles.map((role) => [role.id.toLowerCase(), (role.templateId ?? role.id).toLowerCase()]));
      const protectedDirect = direct.filter(
        (assignment) => assignment.directoryScopeId === '/' &&
          [GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR].includes(templates.get(assignment.roleDefinitionId.toLowerCase()) ?? assignment.roleDefinitionId.toLowerCase()),
      );
      const peerRoles = [...new Set(protectedDirect.flatMap((assignment) => otherManagingRole(templates.get(assignment.roleDefinitionId.toLowerCase()) ?? assignment.roleDefinitionId) ?? []))];
      const [scopes, holders, peers] = await Promise.all([
        nameDirectoryScopes(graph, direct),
        Promise.all(protectedDirect.map((assignment) => listRoleAssignments(graph, { roleDefinitionId: assignment.roleDefinitionId, directoryScopeId: '/' }))),
        // Only for the warning's words: a failed count leaves them to what is certain.
        peerRoles.length ? countRoleAssignmentsOfRoles(graph, peerRoles, { directoryScopeId: '/' }).catch(() => null) : Promise.resolve(null),
      ]);
      const lastHolderIds = new Set(
        protectedDirect
          .filter((assignment, index) => wouldRemoveLastHolder(templates.get(assignment.roleDefinitionId.toLowerCase()) ?? assignment.roleDefinitionId, holders[index] ?? [], [assignment.id]))
          .map((assignment) => assignment.id),
      );
      const peersOf = (roleTemplateId: string) => {
        const other = otherManagingRole(roleTemplateId);
        return other && peers ? (peers.get(other) ?? 0) : null;
      };
      return { scopes, lastHolderIds, peersOf };
    });
    const named = alongside?.scopes ?? new Map();
    const unnamed = rows.map((row) => row.assignment).filter((assignment) => !named.has(assignment.directoryScopeId));
    const scopes = unnamed.length ? new Map([...named, ...(await nameDirectoryScopes(graph, unnamed))]) : named;
    const lastHolderIds = alongside?.lastHolderIds ?? new Set<string>();
    const peersOf = alongside?.peersOf ?? (() => null);
    return rows.map(({ assignment, role, via }) => {
      const roleTemplateId = role?.templateId ?? role?.id ?? assignment.roleDefinitionId;
      return {
        ...roleAtScope(assignment, role, scopes.get(assignment.directoryScopeId)),
        roleTemplateId,
        directoryScopeId: assignment.directoryScopeId,
        via,
        lastHolder: lastHolderIds.has(assignment.id),
        managingPeers: lastHolderIds.has(assignment.id) ? peersOf(roleTemplateId) : null,
      };
    });
  });
});
