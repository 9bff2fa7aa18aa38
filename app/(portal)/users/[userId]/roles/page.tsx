import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { UserRoles } from '@/components/users/user-roles';
import { isGuid } from '@/lib/graph/server';
import { toUserSummary } from '@/lib/views/user-summary';
import { loadPrincipalAddOptions } from '@/lib/views/principal-assignments';
import { getSignedInAdmin } from '@/lib/views/signed-in-admin';
import { loadUser, loadUserRoles } from '@/lib/views/users';
import { loadPrincipalPim } from '@/lib/views/role-pim-principal';
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
  // PIM's eligible and active schedules, direct and through groups, in the same round (a 403 is the section's message).
  const pimRead = isGuid(userId) ? loadPrincipalPim(userId, 'user') : null;
  pimRead?.catch(() => undefined);
  // Add assignments' roles and scopes are read alongside, not after the admin's own roles (see the role blade's page).
  const optionsRead = isGuid(userId) ? loadPrincipalAddOptions() : null;
  optionsRead?.catch(() => undefined);
  const user = await loadUser(userId);
  if (!user) notFound();
  const [rows, admin, pim] = await Promise.all([rowsRead, getSignedInAdmin(), pimRead ?? undefined]);
  const addOptions = admin.canManageRoleAssignments && optionsRead ? await optionsRead : null;
  return <UserRoles user={toUserSummary(user)} rows={rows} addOptions={addOptions} pim={pim} />;
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
