import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { UserOverview } from '@/components/users/user-overview';
import { toUserSummary } from '@/lib/views/user-summary';
import { loadUser } from '@/lib/views/users';

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await loadUser((await params).userId);
  return { title: user ? `${user.displayName ?? user.userPrincipalName} | Overview` : 'User not found' };
}

export default async function UserOverviewPage({ params }: Props) {
  const user = await loadUser((await params).userId);
  if (!user) notFound();
  return <UserOverview user={toUserSummary(user)} />;
}
