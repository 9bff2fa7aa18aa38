// STUB (issue #5): replaced by the Add assignments work.
import type { ScopeOption } from '@/components/assignments/add-assignments-panel';
import type { GraphClient, RoleDefinition } from '@/lib/graph/server';

/** The scopes the Add assignments panel offers for a role: Directory, and units/apps when the role supports them. */
export async function loadScopeOptions(graph: GraphClient, role: RoleDefinition): Promise<ScopeOption[]> {
  void graph;
  void role;
  return [{ directoryScopeId: '/', kind: 'directory', name: 'Directory' }];
}
