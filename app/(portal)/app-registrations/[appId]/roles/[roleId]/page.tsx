import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ScopedAssignmentsBlade } from '@/components/scoped-roles/scoped-assignments-blade';
import { ScopedRoleHeader } from '@/components/scoped-roles/scoped-role-header';
import { searchParam } from '@/lib/views/search-param';
import { loadApplication } from '@/lib/views/app-registrations';
import { loadRole, toRoleSummary } from '@/lib/views/role-blade';
import { loadScopedRoleAssignments, scopedObject } from '@/lib/views/scoped-roles';

type Props = {
  params: Promise<{ appId: string; roleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { appId, roleId } = await params;
  const [app, role] = await Promise.all([loadApplication(appId), loadRole(roleId)]);
  return { title: app && role ? `${role.displayName} | ${app.displayName}` : 'Role not found' };
}

export default async function AppRegistrationRolePage({ params, searchParams }: Props) {
  const { appId, roleId } = await params;
  const [app, role, query] = await Promise.all([loadApplication(appId), loadRole(roleId), searchParams]);
  // The layout answers for the app; this page for the role.
  if (!app || !role) notFound();
  const scope = scopedObject('application', app.id, app.displayName);
  const data = await loadScopedRoleAssignments(role, scope);
  return (
    <>
      <ScopedRoleHeader role={toRoleSummary(role)} listCrumb={{ label: 'App registrations', href: '/app-registrations' }} scope={scope} />
      <ScopedAssignmentsBlade scope={scope} role={toRoleSummary(role)} initialSearch={searchParam(query)} {...data} />
    </>
  );
}
