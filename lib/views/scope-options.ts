import { listAdministrativeUnits, listApplications, type GraphClient, type RoleDefinition } from '@/lib/graph/server';
import { supportedScopeKinds } from '@/lib/roles/scopes';
import { toDirectoryScopeId, type ScopeKind, type ScopeOption } from '@/lib/roles/scope-kinds';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The scopes the Add assignments panel offers for a role: Directory, plus administrative units when the role
 * may be scoped to one, plus app registrations when it may be scoped to an app. One parallel round of reads.
 */
export async function loadScopeOptions(graph: GraphClient, role: RoleDefinition): Promise<ScopeOption[]> {
  return loadScopeOptionsOfKinds(graph, supportedScopeKinds(role));
}

/** Directory, plus every administrative unit and app registration when `kinds` has them: one parallel round. */
export async function loadScopeOptionsOfKinds(graph: GraphClient, kinds: readonly ScopeKind[]): Promise<ScopeOption[]> {
  const [units, apps] = await Promise.all([
    kinds.includes('administrativeUnit') ? listAdministrativeUnits(graph) : [],
    kinds.includes('application') ? listApplications(graph) : [],
  ]);
  const sorted = <T extends { displayName: string }>(items: T[]) => [...items].sort((a, b) => byName.compare(a.displayName, b.displayName));
  return [
    { directoryScopeId: '/', kind: 'directory', name: 'Directory' },
    ...sorted(units).map((unit): ScopeOption => ({ directoryScopeId: toDirectoryScopeId({ kind: 'administrativeUnit', id: unit.id }), kind: 'administrativeUnit', name: unit.displayName })),
    // App-scoped roles name the application OBJECT id, not its appId.
    ...sorted(apps).map((app): ScopeOption => ({ directoryScopeId: toDirectoryScopeId({ kind: 'application', id: app.id }), kind: 'application', name: app.displayName })),
  ];
}
