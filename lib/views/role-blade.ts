import 'server-only';
import { cache } from 'react';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { getRoleDefinition, isGuid, type RoleDefinition } from '@/lib/graph/server';
import { sortAssignmentRows, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { isPrivilegedRole, privilegedActions } from '@/lib/roles/privileged';
import { supportedScopeKinds, type ScopeKind } from '@/lib/roles/scopes';
import { loadRoleAssignmentRows } from './role-assignments';

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

/** The role's Assignments tab: every assignment, sorted as Entra lists them. */
export async function loadRoleAssignments(roleId: string): Promise<RoleAssignmentRow[]> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => sortAssignmentRows(await loadRoleAssignmentRows(graph, roleId)));
}

/** The role's permissions, each once, with the privileged ones flagged (never contradicting the role's label). */
export function rolePermissions(role: RoleDefinition): RolePermission[] {
  const flagged = new Set(privilegedActions(role));
  const actions = [...new Set(role.rolePermissions.flatMap((p) => p.allowedResourceActions))];
  return actions.map((action) => ({ action, privileged: flagged.has(action) }));
}
