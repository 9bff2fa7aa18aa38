import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { UserRoles } from '@/components/users/user-roles';
import { isGuid } from '@/lib/graph/server';
import { toUserSummary } from '@/lib/views/user-summary';
import { loadUser, loadUserRoles } from '@/lib/views/users';

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { userId } = await params;
  // Next resolves the title first; the roles start with it (the page picks up the same read) rather than after.
  if (isGuid(userId)) loadUserRoles(userId).catch(() => undefined);
  const user = await loadUser(userId);
  return { title: user ? `${user.displayName ?? user.userPrincipalName} | Assigned roles` : 'User not found' };
}

export default async function UserRolesPage({ params }: Props) {
  const { userId } = await params;
  // The roles are read alongside the user, not after: for an unknown user the list is dropped for not-found.
  const rowsRead = isGuid(userId) ? loadUserRoles(userId) : Promise.resolve([]);
  rowsRead.catch(() => undefined);
  const user = await loadUser(userId);
  if (!user) notFound();
  return <UserRoles user={toUserSummary(user)} rows={await rowsRead} />;
}
