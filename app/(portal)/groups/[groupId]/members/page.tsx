import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GroupMembers } from '@/components/groups/group-members';
import { isGuid } from '@/lib/graph/server';
import { loadGroup, loadGroupMembers, toGroupSummary } from '@/lib/views/groups';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ groupId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const group = await loadGroup((await params).groupId);
  return { title: group ? `${group.displayName} | Members` : 'Group not found' };
}

export default withLoadFailure(async function GroupMembersPage({ params }: Props) {
  const { groupId } = await params;
  // Members are read alongside the group (the layout asked for it first), not after it.
  const membersRead = isGuid(groupId) ? loadGroupMembers(groupId) : Promise.resolve([]);
  membersRead.catch(() => undefined);
  const group = await loadGroup(groupId);
  if (!group) notFound();
  return <GroupMembers group={toGroupSummary(group)} members={await membersRead} />;
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
