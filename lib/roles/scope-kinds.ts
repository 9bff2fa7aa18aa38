// Scope kinds and directoryScopeId parsing: plain data and functions for client components. No zod and no role
// facts here, so importing them brings neither into a browser bundle (scopes.ts has the rules).

export const SCOPE_KINDS = ['directory', 'administrativeUnit', 'application'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

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
