import { z } from 'zod';
import { chunk, inList, withQuery, type GraphClient } from '@/lib/graph/server';
import { parseDirectoryScopeId, scopeKindLabels, type DirectoryScope } from '@/lib/roles/scopes';

export type NamedScope = { directoryScopeId: string; kind: DirectoryScope['kind'] | 'unknown'; kindLabel: string; name: string };

const namedObjectSchema = z.object({ id: z.guid(), displayName: z.string().nullish() });

async function namesOf(graph: GraphClient, collection: string, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  // `id in (…)` in chunks of 15, in parallel: one round trip however many scopes a blade shows.
  const pages = await Promise.all(
    chunk(ids, 15).map((part) =>
      graph.list(withQuery(collection, { $filter: inList('id', part), $select: 'id,displayName' }), namedObjectSchema),
    ),
  );
  for (const page of pages) for (const item of page.items) names.set(item.id.toLowerCase(), item.displayName ?? item.id);
  return names;
}

/**
 * Names the scopes of a set of assignments as Entra does: "Directory", an administrative unit's name, an app
 * registration's name. One parallel round of Graph reads; a scope whose object is gone keeps its id as its name.
 */
export async function nameDirectoryScopes(graph: GraphClient, directoryScopeIds: Iterable<string>): Promise<Map<string, NamedScope>> {
  const parsed = [...new Set(directoryScopeIds)].map((id) => ({ id, scope: parseDirectoryScopeId(id) }));
  const unitIds = parsed.flatMap(({ scope }) => (scope?.kind === 'administrativeUnit' ? [scope.id] : []));
  const appIds = parsed.flatMap(({ scope }) => (scope?.kind === 'application' ? [scope.id] : []));
  const [units, apps] = await Promise.all([
    unitIds.length ? namesOf(graph, '/directory/administrativeUnits', unitIds) : new Map<string, string>(),
    appIds.length ? namesOf(graph, '/applications', appIds) : new Map<string, string>(),
  ]);
  const named = new Map<string, NamedScope>();
  for (const { id, scope } of parsed) {
    if (!scope) named.set(id, { directoryScopeId: id, kind: 'unknown', kindLabel: 'Other', name: id });
    else if (scope.kind === 'directory') named.set(id, { directoryScopeId: id, kind: 'directory', kindLabel: scopeKindLabels.directory, name: 'Directory' });
    else {
      const names = scope.kind === 'administrativeUnit' ? units : apps;
      named.set(id, { directoryScopeId: id, kind: scope.kind, kindLabel: scopeKindLabels[scope.kind], name: names.get(scope.id.toLowerCase()) ?? scope.id });
    }
  }
  return named;
}
