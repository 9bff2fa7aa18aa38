import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';
import { RoleSettingsView, type RoleSettingsPageRead } from '@/components/role-settings/role-settings-view';
import { ROLE_SETTINGS_DENIED } from '@/lib/actions/role-settings-changes';
import { isGuid } from '@/lib/graph/server';
import { loadRole, toRoleSummary } from '@/lib/views/role-blade';
import { loadRoleSettings, type RoleSettingsRead } from '@/lib/views/role-settings';
import { getSignedInAdmin, type SignedInAdmin } from '@/lib/views/signed-in-admin';

type Props = { params: Promise<{ roleId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const role = await loadRole((await params).roleId);
  return { title: role ? `${role.displayName} | Role settings` : 'Role not found' };
}

function pageRead(read: RoleSettingsRead): RoleSettingsPageRead {
  if (read.ok) return { ok: true, policyId: read.policyId, rules: read.rules, settings: read.settings };
  return { ok: false, denied: read.denied, message: read.message };
}

/** Why Edit is disabled, when it is. Graph's 403 on the PATCH remains the real check. */
function editDeniedReason(read: RoleSettingsRead, admin: SignedInAdmin): string | null {
  if (!read.ok) return 'The role\u2019s settings couldn\u2019t be read, so they can\u2019t be edited.';
  if (admin.rolesUnavailable) return admin.manageDeniedReason;
  return admin.canManageRoleAssignments ? null : ROLE_SETTINGS_DENIED;
}

export default withLoadFailure(async function RoleSettingsPage({ params }: Props) {
  const { roleId } = await params;
  // The policy is read alongside the role; for an unknown role it is dropped in favour of the not-found page.
  const settingsRead = isGuid(roleId) ? loadRoleSettings(roleId) : null;
  settingsRead?.catch(() => undefined);
  const role = await loadRole(roleId);
  if (!role || !settingsRead) notFound();
  const [read, admin] = await Promise.all([settingsRead, getSignedInAdmin()]);
  return <RoleSettingsView role={toRoleSummary(role)} read={pageRead(read)} editDeniedReason={editDeniedReason(read, admin)} />;
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
