import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssignmentsBlade } from '@/components/role-blade/assignments-blade';
import { requireGraph } from '@/lib/auth/session';
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
  const role = await loadRole(roleId);
  if (!role) notFound();
  const [graph, admin] = await Promise.all([requireGraph(), getSignedInAdmin()]);
  // The Add panel's scopes cost Graph reads; an admin who can't add never opens it.
  const [rows, scopeOptions] = await Promise.all([
    loadRoleAssignments(role.id),
    admin.canManageRoleAssignments ? loadScopeOptions(graph, role) : Promise.resolve([]),
  ]);
  return <AssignmentsBlade role={toRoleSummary(role)} rows={rows} scopeOptions={scopeOptions} />;
}
