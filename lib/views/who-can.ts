import 'server-only';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { actionsMatching, grantingPermissions } from '@/lib/access/action-coverage';
import { customRoleActions } from '@/lib/roles/custom-role-actions';
import { isHiddenRole, isPrivilegedRole } from '@/lib/roles/privileged';
import { supportedScopeKinds } from '@/lib/roles/scopes';
import type { ScopeKind } from '@/lib/roles/scope-kinds';
import { roleCatalog } from './role-catalog';

// "Who can do what": the permissions an admin's words or an action name describe, and every role of the tenant
// (built-in and custom) that grants one of them, with the permission of the role that does. One read: the role
// definitions, which the shell has usually read already for this request.

export const WHO_CAN_MAX_ACTIONS = 40;

export type RoleGranting = {
  id: string;
  displayName: string;
  description: string;
  privileged: boolean;
  isBuiltIn: boolean;
  isEnabled: boolean;
  supportedScopeKinds: ScopeKind[];
  /** For each matched action the role grants, the role's permission that grants it (itself, or a wildcard). */
  grants: Array<{ action: string; by: string }>;
};

export type WhoCan = { query: string; actions: string[]; moreActions: number; roles: RoleGranting[] };

const isWildcard = (action: string) => /\/(allEntities|allProperties|allTasks)(\/|$)/i.test(action);

export async function loadWhoCan(query: string): Promise<WhoCan> {
  const graph = await requireGraph();
  const catalog = await withSignInOnUnauthorized(() => roleCatalog(graph));
  const roles = catalog.filter((role) => !isHiddenRole(role));
  // Every action some role names, described where Microsoft's custom-role list describes it.
  const descriptions = new Map(customRoleActions.map((item) => [item.action.toLowerCase(), item.description]));
  const known = new Map<string, { action: string; description?: string }>();
  for (const action of roles.flatMap((role) => role.rolePermissions.flatMap((permission) => permission.allowedResourceActions))) {
    if (!isWildcard(action) && !known.has(action.toLowerCase())) known.set(action.toLowerCase(), { action, description: descriptions.get(action.toLowerCase()) });
  }
  for (const item of customRoleActions) if (!known.has(item.action.toLowerCase())) known.set(item.action.toLowerCase(), item);
  const matched = actionsMatching(query, [...known.values()]).sort((a, b) => a.localeCompare(b));
  const actions = matched.slice(0, WHO_CAN_MAX_ACTIONS);
  const granting = roles.flatMap((role): RoleGranting[] => {
    const permissions = role.rolePermissions.flatMap((permission) => permission.allowedResourceActions);
    const grants = actions.flatMap((action) => grantingPermissions(permissions, action).slice(0, 1).map((by) => ({ action, by })));
    if (!grants.length) return [];
    return [{ id: role.id, displayName: role.displayName, description: role.description ?? '', privileged: isPrivilegedRole(role), isBuiltIn: role.isBuiltIn, isEnabled: role.isEnabled, supportedScopeKinds: supportedScopeKinds(role), grants }];
  });
  // Roles that grant the most of what was asked first, then privileged ones (the riskier answer), then by name.
  granting.sort((a, b) => b.grants.length - a.grants.length || Number(b.privileged) - Number(a.privileged) || a.displayName.localeCompare(b.displayName, 'en'));
  return { query, actions, moreActions: matched.length - actions.length, roles: granting };
}
