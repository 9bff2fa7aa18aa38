// TEMPORARY harness (feat/add-assignments only; deleted before the branch is merged): drives the panel end to end
// until the role blade lands.
import { notFound } from 'next/navigation';
import { requireGraph } from '@/lib/auth/session';
import { getRoleDefinition, isGuid, listRoleAssignments } from '@/lib/graph/server';
import { supportedScopeKinds } from '@/lib/roles/scopes';
import { nameDirectoryScopes } from '@/lib/views/directory-scopes';
import { loadScopeOptions } from '@/lib/views/scope-options';
import { Harness } from './harness';

export default async function AddAssignmentsHarness({ params }: { params: Promise<{ roleId: string }> }) {
  const { roleId } = await params;
  if (!isGuid(roleId)) notFound();
  const graph = await requireGraph();
  const role = await getRoleDefinition(graph, roleId);
  if (!role) notFound();
  const [scopeOptions, assignments] = await Promise.all([
    loadScopeOptions(graph, role),
    listRoleAssignments(graph, { roleDefinitionId: roleId, expandPrincipal: true }),
  ]);
  const scopes = await nameDirectoryScopes(graph, assignments.map((a) => a.directoryScopeId));
  const rows = assignments.map((a) => ({
    id: a.id,
    name: a.principal?.displayName ?? a.principalId,
    scope: scopes.get(a.directoryScopeId)?.name ?? a.directoryScopeId,
  }));
  return (
    <Harness role={{ id: role.id, displayName: role.displayName, supportedScopeKinds: supportedScopeKinds(role) }} scopeOptions={scopeOptions} rows={rows} />
  );
}
