import { builtInRoleFact, PRIVILEGED_ACTION_PATTERNS } from './builtin-role-facts';
import { roleTemplateId, type RoleRuleInput } from './role-inputs';

// Graph v1.0 has no isPrivileged. Built-in roles use Microsoft's flag from the facts snapshot; custom roles
// and individual permissions use the documented patterns in data/PROVENANCE.md (an approximation).

function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

const privilegedActionMatchers = PRIVILEGED_ACTION_PATTERNS.map(globToRegExp);

/** Whether a resource action can delegate access, change credentials or auth policy, or read restricted data. */
export function isPrivilegedAction(action: string): boolean {
  return privilegedActionMatchers.some((matcher) => matcher.test(action));
}

function actionsOf(role: RoleRuleInput): string[] {
  return [...new Set(role.rolePermissions.flatMap((permission) => permission.allowedResourceActions))];
}

/** The PRIVILEGED label: Microsoft's flag for built-in roles; for custom roles, holding a privileged action. */
export function isPrivilegedRole(role: RoleRuleInput): boolean {
  if (role.isBuiltIn) {
    const fact = builtInRoleFact(roleTemplateId(role));
    if (fact) return fact.isPrivileged;
  }
  return actionsOf(role).some(isPrivilegedAction);
}

/**
 * The role's actions to flag as privileged on its Description blade, in the role's order, without duplicates.
 * Empty for a built-in role Microsoft does not flag, so the flags never contradict the role's label.
 */
export function privilegedActions(role: RoleRuleInput): string[] {
  if (role.isBuiltIn && builtInRoleFact(roleTemplateId(role))?.isPrivileged === false) return [];
  return actionsOf(role).filter(isPrivilegedAction);
}

/** Roles the admin center leaves out of All roles: deprecated, or "not shown in the portal". */
export function isHiddenRole(role: Pick<RoleRuleInput, 'id' | 'templateId' | 'isBuiltIn'>): boolean {
  return role.isBuiltIn && builtInRoleFact(roleTemplateId(role))?.hidden === true;
}
