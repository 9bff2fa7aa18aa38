import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssignmentsBlade } from '@/components/role-blade/assignments-blade';
import { requireGraph } from '@/lib/auth/session';
import { isGuid } from '@/lib/graph/server';
import { getSignedInAdmin } from '@/lib/views/signed-in-admin';
import { loadRole, loadRoleAssignments, toRoleSummary } from '@/lib/views/role-blade';
import { loadScopeOptions } from '@/lib/views/scope-options';

type Props = { params: Promise<{ roleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await loadRole((await params).roleId);
  return { title: role ? `${role.displayName} | Assignments` : 'Role not found' };
}

export default async function RoleAssignmentsPage({ params }: Props) {
  const { roleId } = await params;
  // The assignments are read alongside the role, not after it: one round trip less on every open. For an
  // unknown role the list is dropped (and its failure, if any, ignored) in favour of the not-found page.
  const rowsRead = isGuid(roleId) ? loadRoleAssignments(roleId) : Promise.resolve([]);
  rowsRead.catch(() => undefined);
  const role = await loadRole(roleId);
  if (!role) notFound();
  const [graph, admin] = await Promise.all([requireGraph(), getSignedInAdmin()]);
  // The Add panel's scopes cost Graph reads; an admin who can't add never opens it.
  const [rows, scopeOptions] = await Promise.all([
    rowsRead,
    admin.canManageRoleAssignments ? loadScopeOptions(graph, role) : Promise.resolve([]),
  ]);
  return <AssignmentsBlade role={toRoleSummary(role)} rows={rows} scopeOptions={scopeOptions} />;
}
