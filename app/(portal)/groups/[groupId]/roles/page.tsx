import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GroupRoles } from '@/components/groups/group-roles';
import { loadGroup, loadGroupRoles, toGroupSummary } from '@/lib/views/groups';
import { loadPrincipalAddOptions } from '@/lib/views/principal-assignments';
import { loadPrincipalPim } from '@/lib/views/role-pim-principal';
import { getSignedInAdmin } from '@/lib/views/signed-in-admin';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ groupId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const group = await loadGroup((await params).groupId);
  return { title: group ? `${group.displayName} | Assigned roles` : 'Group not found' };
}

export default withLoadFailure(async function GroupRolesPage({ params }: Props) {
  const { groupId } = await params;
  const group = await loadGroup(groupId);
  if (!group) notFound();
  // Only a role-assignable group can hold a role: for any other, Graph is not asked.
  if (!group.isAssignableToRole) return <GroupRoles group={toGroupSummary(group)} rows={[]} addOptions={null} />;
  const optionsRead = loadPrincipalAddOptions();
  optionsRead.catch(() => undefined);
  // The group's eligible and active schedules (PIM), in the same round.
  const [rows, admin, pim] = await Promise.all([loadGroupRoles(groupId), getSignedInAdmin(), loadPrincipalPim(groupId, 'group')]);
  const addOptions = admin.canManageRoleAssignments ? await optionsRead : null;
  return <GroupRoles group={toGroupSummary(group)} rows={rows} addOptions={addOptions} pim={pim} />;
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
