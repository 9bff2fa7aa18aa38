import { z } from 'zod';
import { builtInRoleFact, SCOPE_KINDS, type ScopeKind } from './builtin-role-facts';
import { roleTemplateId, type RoleDefinitionInput, type RoleRuleInput } from './role-inputs';

export { SCOPE_KINDS, type ScopeKind };

/** Where a role assignment applies: Graph's directoryScopeId, parsed. */
export type DirectoryScope =
  | { kind: 'directory' }
  | { kind: 'administrativeUnit'; id: string }
  | { kind: 'application'; id: string };

/** A scope the Add assignments panel can offer: Directory, an administrative unit or an app registration. */
export type ScopeOption = { directoryScopeId: string; kind: ScopeKind; name: string };

/** Entra's words for each scope kind, as the admin center shows them. */
export const scopeKindLabels: Record<ScopeKind, string> = {
  directory: 'Directory',
  administrativeUnit: 'Administrative unit',
  application: 'App registration',
};

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const administrativeUnitScope = new RegExp(`^/administrativeUnits/(${GUID})$`);
const objectScope = new RegExp(`^/(${GUID})$`);

/**
 * Parses "/", "/administrativeUnits/{id}" or "/{id}"; anything else is null.
 * Graph uses "/{id}" for any single directory object; the portal assigns it only to app registrations
 * (the application object id), so it is read as an application scope.
 */
export function parseDirectoryScopeId(directoryScopeId: string): DirectoryScope | null {
  if (directoryScopeId === '/') return { kind: 'directory' };
  const unit = administrativeUnitScope.exec(directoryScopeId)?.[1];
  if (unit) return { kind: 'administrativeUnit', id: unit };
  const object = objectScope.exec(directoryScopeId)?.[1];
  if (object) return { kind: 'application', id: object };
  return null;
}

export function toDirectoryScopeId(scope: DirectoryScope): string {
  switch (scope.kind) {
    case 'directory':
      return '/';
    case 'administrativeUnit':
      return `/administrativeUnits/${scope.id}`;
    case 'application':
      return `/${scope.id}`;
  }
}

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
