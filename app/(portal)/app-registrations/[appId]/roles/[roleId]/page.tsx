import type { Metadata } from 'next';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { notFound } from 'next/navigation';
import { ScopedAssignmentsBlade } from '@/components/scoped-roles/scoped-assignments-blade';
import { ScopedRoleHeader } from '@/components/scoped-roles/scoped-role-header';
import { readSearch } from '@/lib/views/list-params';
import { loadApplication } from '@/lib/views/app-registrations';
import { loadRole, toRoleSummary } from '@/lib/views/role-blade';
import { loadScopedRoleAssignments, scopedObject } from '@/lib/views/scoped-roles';
import { isGuid } from '@/lib/graph/server';
import { roleSupportsScope } from '@/lib/roles/scopes';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = {
  params: Promise<{ appId: string; roleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function readMetadata({ params }: Props): Promise<Metadata> {
  const { appId, roleId } = await params;
  const [app, role] = await Promise.all([loadApplication(appId), loadRole(roleId)]);
  return { title: app && role ? `${role.displayName} | ${app.displayName}` : 'Role not found' };
}

export default withLoadFailure(async function AppRegistrationRolePage({ params, searchParams }: Props) {
  const { appId, roleId } = await params;
  // The assignments need only the two ids: they are read alongside the role and the app, and dropped if either is unknown.
  const assignmentsRead = isGuid(appId) && isGuid(roleId)
    ? loadScopedRoleAssignments(roleId, scopedObject('application', appId, ''))
    : Promise.resolve(null);
  assignmentsRead.catch(() => undefined);
  const [app, role, query] = await Promise.all([loadApplication(appId), loadRole(roleId), searchParams]);
  if (!app || !role) notFound();
  const scope = scopedObject('application', app.id, app.displayName);
  const assignments = await assignmentsRead;
  if (!assignments) notFound();
  const data = { ...assignments, supported: roleSupportsScope(role, scope.kind) };
  const { search, note: searchNote } = readSearch(query.search);
  return (
    <>
      <ScopedRoleHeader role={toRoleSummary(role)} listCrumb={{ label: 'App registrations', href: '/app-registrations' }} scope={scope} />
      <ListInputNotice notes={[searchNote]} />
      <ScopedAssignmentsBlade scope={scope} role={toRoleSummary(role)} initialSearch={search} {...data} />
    </>
  );
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
