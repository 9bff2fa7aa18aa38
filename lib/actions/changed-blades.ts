// Which blades show a change, decided here once: a write says what it changed, this says which paths to
// revalidate, and the action's adapter revalidates them. Pure, so the rules are unit-tested without Next.
import { parseDirectoryScopeId } from '@/lib/roles/scope-kinds';

/** A path to revalidate: `page` for that one page (a list), `layout` for a blade and every tab under it. */
export type Blade = { path: string; type: 'page' | 'layout' };

const list = (path: string): Blade => ({ path, type: 'page' });
const blade = (path: string): Blade => ({ path, type: 'layout' });

/** One role assignment that was, or may have been, created or removed. */
export type AssignmentChange = {
  roleDefinitionId: string;
  directoryScopeId: string;
  principalId: string;
  /** When not known, both a user's and a group's blade are refreshed: a path no blade has costs nothing. */
  principalKind?: 'user' | 'group' | 'servicePrincipal';
};

/**
 * Blades that list role assignments: All roles (its counts), My roles, the role's blade, the unit's or app's blade
 * the assignment is scoped to, and the Assigned roles of the user or group that holds it. A group's members show
 * the role as inherited on their own blades, which are read afresh when opened.
 */
export function bladesShowingAssignments(changes: readonly AssignmentChange[]): Blade[] {
  if (changes.length === 0) return [];
  const blades = [list('/roles'), list('/my-roles')];
  for (const change of changes) {
    blades.push(blade(`/roles/${change.roleDefinitionId}`), ...scopeBlades(change.directoryScopeId));
    const kind = change.principalKind;
    if (kind === undefined || kind === 'user') blades.push(blade(`/users/${change.principalId}`));
    if (kind === undefined || kind === 'group') blades.push(blade(`/groups/${change.principalId}`));
  }
  return distinct(blades);
}

function scopeBlades(directoryScopeId: string): Blade[] {
  const scope = parseDirectoryScopeId(directoryScopeId);
  if (scope?.kind === 'administrativeUnit') return [blade(`/admin-units/${scope.id}`)];
  if (scope?.kind === 'application') return [blade(`/app-registrations/${scope.id}`)];
  return [];
}

/**
 * Blades that show a group's members: the group's blade, the groups list, and every user's blade (a member's
 * groups and, for a role-assignable group, the roles it passes on). A role-assignable group's members also count
 * on the role blades and on My roles.
 */
export function bladesShowingMembership(group: { id: string; isAssignableToRole: boolean }): Blade[] {
  const blades = [blade(`/groups/${group.id}`), list('/groups'), blade('/users')];
  if (group.isAssignableToRole) blades.push(list('/my-roles'), blade('/roles'));
  return blades;
}

/** A new group appears in the groups list; it has no blade anyone has opened yet. */
export function bladesShowingNewGroup(): Blade[] {
  return [list('/groups')];
}

/** The unit blade's read-access warning, which names who can't read the directory. */
export function bladesShowingReadAccess(unitId: string): Blade[] {
  return [blade(`/admin-units/${unitId}`)];
}

function distinct(blades: readonly Blade[]): Blade[] {
  const seen = new Map<string, Blade>();
  for (const item of blades) seen.set(`${item.type} ${item.path}`, item);
  return [...seen.values()];
}

/** A custom role created, changed or deleted: All roles (its row), the role's own blade, and My roles (its names). */
export function bladesShowingRoleDefinition(roleId: string | null): Blade[] {
  return roleId ? [list('/roles'), blade(`/roles/${roleId}`), list('/my-roles')] : [list('/roles'), list('/my-roles')];
}
