import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GroupOverview } from '@/components/groups/group-overview';
import { loadGroup, loadGroupOverviewCounts, toGroupSummary } from '@/lib/views/groups';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ groupId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const group = await loadGroup((await params).groupId);
  return { title: group ? `${group.displayName} | Overview` : 'Group not found' };
}

export default withLoadFailure(async function GroupOverviewPage({ params, searchParams }: Props) {
  const [{ groupId }, query] = await Promise.all([params, searchParams]);
  const group = await loadGroup(groupId);
  if (!group) notFound();
  const summary = toGroupSummary(group);
  const { memberCount, roleCount } = await loadGroupOverviewCounts(summary);
  return <GroupOverview group={summary} memberCount={memberCount} roleCount={roleCount} created={query.created === '1'} />;
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
