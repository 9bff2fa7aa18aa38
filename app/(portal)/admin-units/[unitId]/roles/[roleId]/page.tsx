import type { Metadata } from 'next';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { notFound } from 'next/navigation';
import { ScopedAssignmentsBlade } from '@/components/scoped-roles/scoped-assignments-blade';
import { ScopedRoleHeader } from '@/components/scoped-roles/scoped-role-header';
import { readSearch } from '@/lib/views/list-params';
import { loadAdministrativeUnit } from '@/lib/views/admin-units';
import { loadRole, toRoleSummary } from '@/lib/views/role-blade';
import { loadScopedRoleAssignments, scopedObject } from '@/lib/views/scoped-roles';
import { isGuid } from '@/lib/graph/server';
import { roleSupportsScope } from '@/lib/roles/scopes';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = {
  params: Promise<{ unitId: string; roleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function readMetadata({ params }: Props): Promise<Metadata> {
  const { unitId, roleId } = await params;
  const [unit, role] = await Promise.all([loadAdministrativeUnit(unitId), loadRole(roleId)]);
  return { title: unit && role ? `${role.displayName} | ${unit.displayName}` : 'Role not found' };
}

export default withLoadFailure(async function AdministrativeUnitRolePage({ params, searchParams }: Props) {
  const { unitId, roleId } = await params;
  // The assignments need only the two ids: they are read alongside the role and the unit, and dropped if either is unknown.
  const assignmentsRead = isGuid(unitId) && isGuid(roleId)
    ? loadScopedRoleAssignments(roleId, scopedObject('administrativeUnit', unitId, ''))
    : Promise.resolve(null);
  assignmentsRead.catch(() => undefined);
  const [unit, role, query] = await Promise.all([loadAdministrativeUnit(unitId), loadRole(roleId), searchParams]);
  if (!unit || !role) notFound();
  const scope = scopedObject('administrativeUnit', unit.id, unit.displayName);
  const assignments = await assignmentsRead;
  if (!assignments) notFound();
  const data = { ...assignments, supported: roleSupportsScope(role, scope.kind) };
  const { search, note: searchNote } = readSearch(query.search);
  return (
    <>
      <ScopedRoleHeader role={toRoleSummary(role)} listCrumb={{ label: 'Administrative units', href: '/admin-units' }} scope={scope} />
      <ListInputNotice notes={[searchNote]} />
      <ScopedAssignmentsBlade scope={scope} role={toRoleSummary(role)} initialSearch={search} {...data} />
    </>
  );
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
