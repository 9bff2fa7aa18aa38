import 'server-only';
import { cache } from 'react';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import {
  countGroupMembers,
  directoryObjectKind,
  getGroup,
  isGuid,
  listGroupMembers,
  listGroupsPage,
  listRoleAssignments,
  type DirectoryObject,
  type Group,
} from '@/lib/graph/server';
import { groupTypeLabel, membershipTypeLabel } from '@/lib/roles/group-rules';
import { nameDirectoryScopes } from './directory-scopes';
import { roleCatalog } from './role-catalog';
import { roleAtScope, type RoleAtScope } from './role-at-scope';

// 20 per page: the member counts of a page are then exactly one $batch (Graph's limit is 20 requests).
export const GROUPS_PAGE_SIZE = 20;

export type GroupListState = { search: string; roleAssignable: boolean; after: string[] };

/** What the blades show of a group: plain, serializable data. */
export type GroupSummary = {
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  typeLabel: string;
  membershipType: 'Assigned' | 'Dynamic';
  isAssignableToRole: boolean;
  securityEnabled: boolean;
  mailEnabled: boolean;
  groupTypes: string[];
};

export type GroupRow = GroupSummary & { memberCount: number | null };

export function toGroupSummary(group: Group): GroupSummary {
  return {
    id: group.id,
    displayName: group.displayName,
    description: group.description ?? '',
    mailNickname: group.mailNickname ?? '',
    typeLabel: groupTypeLabel(group),
    membershipType: membershipTypeLabel(group) === 'Dynamic' ? 'Dynamic' : 'Assigned',
    isAssignableToRole: group.isAssignableToRole === true,
    securityEnabled: group.securityEnabled === true,
    mailEnabled: group.mailEnabled === true,
    groupTypes: group.groupTypes ?? [],
  };
}

/**
 * One page of All groups (search on name, optionally role-assignable only, sorted by name), then the page's
 * member counts in one `$batch`: two Graph requests however many groups there are.
 */
export async function loadGroupsPage(state: GroupListState) {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const page = await listGroupsPage(graph, {
      search: state.search,
      roleAssignableOnly: state.roleAssignable,
      top: GROUPS_PAGE_SIZE,
      cursor: state.after.at(-1) ?? null,
    });
    const counts = await countGroupMembers(graph, page.items.map((group) => group.id));
    const rows: GroupRow[] = page.items.map((group) => ({ ...toGroupSummary(group), memberCount: counts.get(group.id) ?? null }));
    return { rows, count: page.count, nextCursor: page.nextCursor };
  });
}

/** The group, read once per request whichever of layout and page asks first; null for a malformed or unknown id. */
export const loadGroup = cache(async (groupId: string): Promise<Group | null> => {
  if (!isGuid(groupId)) return null;
  const graph = await requireGraph();
  return withSignInOnUnauthorized(() => getGroup(graph, groupId));
});

export type GroupMemberRow = {
  id: string;
  kind: 'user' | 'group' | 'servicePrincipal' | 'other';
  displayName: string;
  /** UPN for a user, app id for a service principal. */
  detail: string | null;
  userType: string | null;
};

function memberKind(member: DirectoryObject): GroupMemberRow['kind'] {
  const kind = directoryObjectKind(member);
  return kind === undefined || kind === 'device' ? 'other' : kind;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The group's direct members, sorted by name: one request (a page per 100 members). */
export const loadGroupMembers = cache(async (groupId: string): Promise<GroupMemberRow[]> => {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const members = await listGroupMembers(graph, groupId);
    return members
      .map((member) => {
        const kind = memberKind(member);
        return {
          id: member.id,
          kind,
          displayName: member.displayName ?? member.userPrincipalName ?? member.id,
          detail: kind === 'user' ? (member.userPrincipalName ?? null) : kind === 'servicePrincipal' ? (member.appId ?? null) : null,
          userType: member.userType ?? null,
        };
      })
      .sort((a, b) => byName.compare(a.displayName, b.displayName));
  });
});

export type GroupRoleRow = RoleAtScope & { directoryScopeId: string };

/**
 * Every role assignment whose principal is the group, at every scope, with roles and scopes named: the
 * assignments (their scopes expanded) and the role catalog, in one parallel round.
 */
export const loadGroupRoles = cache(async (groupId: string): Promise<GroupRoleRow[]> => {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const [roles, assignments] = await Promise.all([roleCatalog(graph), listRoleAssignments(graph, { principalIds: [groupId], expandDirectoryScope: true })]);
    // Scopes come expanded with the assignments; a read is left only for one Graph didn't expand.
    const scopes = await nameDirectoryScopes(graph, assignments);
    const byId = new Map<string, (typeof roles)[number]>();
    for (const role of roles) {
      byId.set(role.id.toLowerCase(), role);
      if (role.templateId) byId.set(role.templateId.toLowerCase(), role);
    }
    return assignments
      .map((assignment) => {
        const role = byId.get(assignment.roleDefinitionId.toLowerCase());
        return { ...roleAtScope(assignment, role, scopes.get(assignment.directoryScopeId)), directoryScopeId: assignment.directoryScopeId };
      })
      .sort((a, b) => byName.compare(a.roleName, b.roleName) || a.directoryScopeId.localeCompare(b.directoryScopeId));
  });
});

/** The Overview's counts: members (one request) and, for a role-assignable group, its role assignments. */
export async function loadGroupOverviewCounts(group: GroupSummary): Promise<{ memberCount: number | null; roleCount: number | null }> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const [counts, roles] = await Promise.all([
      countGroupMembers(graph, [group.id]),
      group.isAssignableToRole ? listRoleAssignments(graph, { principalIds: [group.id] }) : Promise.resolve(null),
    ]);
    return { memberCount: counts.get(group.id) ?? null, roleCount: roles ? roles.length : null };
  });
}
