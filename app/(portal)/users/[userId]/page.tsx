import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { UserOverview } from '@/components/users/user-overview';
import { toUserSummary } from '@/lib/views/user-summary';
import { loadUser } from '@/lib/views/users';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ userId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const user = await loadUser((await params).userId);
  return { title: user ? `${user.displayName ?? user.userPrincipalName} | Overview` : 'User not found' };
}

export default withLoadFailure(async function UserOverviewPage({ params }: Props) {
  const user = await loadUser((await params).userId);
  if (!user) notFound();
  return <UserOverview user={toUserSummary(user)} />;
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
