import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { UserRoles } from '@/components/users/user-roles';
import { isGuid } from '@/lib/graph/server';
import { toUserSummary } from '@/lib/views/user-summary';
import { loadUser, loadUserRoles } from '@/lib/views/users';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ userId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const { userId } = await params;
  // Next resolves the title first; the roles start with it (the page picks up the same read) rather than after.
  if (isGuid(userId)) loadUserRoles(userId).catch(() => undefined);
  const user = await loadUser(userId);
  return { title: user ? `${user.displayName ?? user.userPrincipalName} | Assigned roles` : 'User not found' };
}

export default withLoadFailure(async function UserRolesPage({ params }: Props) {
  const { userId } = await params;
  // The roles are read alongside the user, not after: for an unknown user the list is dropped for not-found.
  const rowsRead = isGuid(userId) ? loadUserRoles(userId) : Promise.resolve([]);
  rowsRead.catch(() => undefined);
  const user = await loadUser(userId);
  if (!user) notFound();
  return <UserRoles user={toUserSummary(user)} rows={await rowsRead} />;
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
