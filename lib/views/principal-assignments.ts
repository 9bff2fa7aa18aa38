import 'server-only';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { isHiddenRole, isPrivilegedRole } from '@/lib/roles/privileged';
import { supportedScopeKinds } from '@/lib/roles/scopes';
import { SCOPE_KINDS, type ScopeKind, type ScopeOption } from '@/lib/roles/scope-kinds';
import { roleCatalog } from './role-catalog';
import { loadScopeOptionsOfKinds } from './scope-options';

/** A role the Add assignments panel of a user or a group offers, with the scopes it may be assigned at. */
export type AssignableRole = { id: string; displayName: string; privileged: boolean; supportedScopeKinds: ScopeKind[] };

export type PrincipalAddOptions = { roles: AssignableRole[]; scopeOptions: ScopeOption[] };

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * What "Add assignments" on a user's or a group's Assigned roles offers: every enabled role the admin center lists
 * (sorted by name, PRIVILEGED flagged), and every scope any of them supports. One parallel round of reads (the
 * role catalog is shared with the shell's, so usually already read).
 */
export async function loadPrincipalAddOptions(): Promise<PrincipalAddOptions> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const [catalog, scopeOptions] = await Promise.all([roleCatalog(graph), loadScopeOptionsOfKinds(graph, SCOPE_KINDS)]);
    const roles = catalog
      .filter((role) => role.isEnabled && !isHiddenRole(role))
      .map((role) => ({ id: role.id, displayName: role.displayName, privileged: isPrivilegedRole(role), supportedScopeKinds: supportedScopeKinds(role) }))
      .sort((a, b) => byName.compare(a.displayName, b.displayName));
    return { roles, scopeOptions };
  });
}
