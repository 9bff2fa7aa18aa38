import { listAdministrativeUnitNames, listApplicationNames, type GraphClient } from '@/lib/graph/server';
import { parseDirectoryScopeId, scopeKindLabels, type DirectoryScope } from '@/lib/roles/scope-kinds';

export type NamedScope = { directoryScopeId: string; kind: DirectoryScope['kind'] | 'unknown'; kindLabel: string; name: string };

/** A scope to name: its id, and the object itself when Graph expanded it (`$expand=directoryScope`). */
export type ScopeToName = string | { directoryScopeId: string; directoryScope?: { id: string; displayName?: string | null } | null };

/**
 * Names the scopes of a set of assignments as Entra does: "Directory", an administrative unit's name, an app
 * registration's name. Scopes Graph already expanded are named from that; the rest in one parallel round of reads.
 * A scope whose object is gone keeps its id as its name.
 */
export async function nameDirectoryScopes(graph: GraphClient, scopes: Iterable<ScopeToName>): Promise<Map<string, NamedScope>> {
  const expanded = new Map<string, string>();
  const ids = new Set<string>();
  for (const item of scopes) {
    if (typeof item === 'string') ids.add(item);
    else {
      ids.add(item.directoryScopeId);
      if (item.directoryScope?.displayName) expanded.set(item.directoryScope.id.toLowerCase(), item.directoryScope.displayName);
    }
  }
  const parsed = [...ids].map((id) => ({ id, scope: parseDirectoryScopeId(id) }));
  const unread = (kind: 'administrativeUnit' | 'application') =>
    parsed.flatMap(({ scope }) => (scope?.kind === kind && !expanded.has(scope.id.toLowerCase()) ? [scope.id] : []));
  const unitIds = unread('administrativeUnit');
  const appIds = unread('application');
  const [unitNames, appNames] = await Promise.all([listAdministrativeUnitNames(graph, unitIds), listApplicationNames(graph, appIds)]);
  const named = new Map<string, NamedScope>();
  for (const { id, scope } of parsed) {
    if (!scope) named.set(id, { directoryScopeId: id, kind: 'unknown', kindLabel: 'Other', name: id });
    else if (scope.kind === 'directory') named.set(id, { directoryScopeId: id, kind: 'directory', kindLabel: scopeKindLabels.directory, name: 'Directory' });
    else {
      const names = scope.kind === 'administrativeUnit' ? unitNames : appNames;
      const name = expanded.get(scope.id.toLowerCase()) ?? names.get(scope.id.toLowerCase()) ?? scope.id;
      named.set(id, { directoryScopeId: id, kind: scope.kind, kindLabel: scopeKindLabels[scope.kind], name });
    }
  }
  return named;
}
