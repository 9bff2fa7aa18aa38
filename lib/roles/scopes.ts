import { z } from 'zod';
import { builtInRoleFact } from './builtin-role-facts';
import { roleTemplateId, type RoleDefinitionInput, type RoleRuleInput } from './role-inputs';
import { parseDirectoryScopeId, type ScopeKind } from './scope-kinds';

// The zod-free part (scope kinds, their labels, directoryScopeId parsing) is in scope-kinds.ts for client
// components; this file adds the rules, which need the role facts.

/** A directoryScopeId the portal can assign at: the tenant, one administrative unit or one app registration. */
export const directoryScopeIdSchema = z
  .string()
  .refine((value) => parseDirectoryScopeId(value) !== null, {
    message: 'Choose the directory, an administrative unit or an app registration as the scope.',
  });

// Custom roles: "any custom role with at least one user, group or device permission" may be scoped to an
// administrative unit (manage-roles-portal.md); app registration scope needs an application permission.
// Dotted entity variants (groups.security, applications.myOrganization) are the same objects, so they count.
const administrativeUnitEntity = /^microsoft\.directory\/(users|groups|devices)(\.[^/]+)?\//;
const applicationEntity = /^microsoft\.directory\/applications(\.[^/]+)?\//;

function holdsAction(role: RoleRuleInput, test: RegExp): boolean {
  return role.rolePermissions.some((permission) => permission.allowedResourceActions.some((a) => test.test(a)));
}

/**
 * The scope kinds a role may be assigned at, in Entra's order. Built-in roles follow Microsoft's published
 * lists (an unknown built-in role gets the directory only); custom roles follow the permissions they hold.
 */
export function supportedScopeKinds(role: RoleRuleInput): ScopeKind[] {
  if (role.isBuiltIn) return [...(builtInRoleFact(roleTemplateId(role))?.assignableScopes ?? ['directory'])];
  const kinds: ScopeKind[] = ['directory'];
  if (holdsAction(role, administrativeUnitEntity)) kinds.push('administrativeUnit');
  if (holdsAction(role, applicationEntity)) kinds.push('application');
  return kinds;
}

/**
 * The scope kinds of a built-in role known by its id alone (a built-in role's id is its template id), or null for
 * any other id: a blade can start reading a built-in role's scopes before the role itself has been read.
 */
export function builtInScopeKinds(roleId: string): ScopeKind[] | null {
  const fact = builtInRoleFact(roleId);
  return fact ? [...fact.assignableScopes] : null;
}

export function roleSupportsScope(role: RoleRuleInput, kind: ScopeKind): boolean {
  return supportedScopeKinds(role).includes(kind);
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The roles that may be assigned at a scope kind, sorted by name as the admin center lists them. */
export function rolesForScope<T extends RoleDefinitionInput>(roles: readonly T[], kind: ScopeKind): T[] {
  return roles
    .filter((role) => roleSupportsScope(role, kind))
    .sort((a, b) => byName.compare(a.displayName, b.displayName));
}
