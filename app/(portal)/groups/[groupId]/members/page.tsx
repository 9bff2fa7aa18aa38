import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GroupMembers } from '@/components/groups/group-members';
import { isGuid } from '@/lib/graph/server';
import { loadGroup, loadGroupMembers, toGroupSummary } from '@/lib/views/groups';

type Props = { params: Promise<{ groupId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await loadGroup((await params).groupId);
  return { title: group ? `${group.displayName} | Members` : 'Group not found' };
}

export default async function GroupMembersPage({ params }: Props) {
  const { groupId } = await params;
  // Members are read alongside the group (the layout asked for it first), not after it.
  const membersRead = isGuid(groupId) ? loadGroupMembers(groupId) : Promise.resolve([]);
  membersRead.catch(() => undefined);
  const group = await loadGroup(groupId);
  if (!group) notFound();
  return <GroupMembers group={toGroupSummary(group)} members={await membersRead} />;
}
