import { GLOBAL_ADMINISTRATOR } from '@/lib/roles/well-known-roles';
import type { EffectiveHolder } from './effective-holders';

// Findings from Microsoft's "Best practices for Microsoft Entra roles", over everyone who can use each role (groups
// as their members). Pure: the reads are lib/views/hygiene.ts.

export const BEST_PRACTICES = 'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/best-practices';

export type HygieneRole = { id: string; displayName: string; privileged: boolean };

export type FindingHolder = { principalId: string; displayName: string; kind: EffectiveHolder['kind']; roleId: string; roleName: string; how: string };

export type Finding = {
  id: 'too-many-global-admins' | 'too-few-global-admins' | 'too-many-privileged' | 'permanent-privileged' | 'guest-privileged' | 'app-privileged';
  title: string;
  /** Why it matters, in the source's terms. */
  advice: string;
  source: string;
  holders: FindingHolder[];
};

const howOf = (holder: EffectiveHolder) => `${holder.state === 'Eligible' ? 'eligible' : 'active'}, ${holder.via ? `through ${holder.via.groupName}` : 'direct'}`;

function asFindingHolders(holders: readonly EffectiveHolder[], roles: ReadonlyMap<string, HygieneRole>): FindingHolder[] {
  return holders
    .map((holder) => ({ principalId: holder.principalId, displayName: holder.displayName, kind: holder.kind, roleId: holder.roleId, roleName: roles.get(holder.roleId)?.displayName ?? holder.roleId, how: howOf(holder) }))
    .sort((a, b) => a.roleName.localeCompare(b.roleName, 'en') || a.displayName.localeCompare(b.displayName, 'en'));
}

export function hygieneFindings(holders: readonly EffectiveHolder[], roles: ReadonlyMap<string, HygieneRole>): Finding[] {
  const privileged = holders.filter((holder) => roles.get(holder.roleId)?.privileged);
  const globalAdmins = holders.filter((holder) => holder.roleId === GLOBAL_ADMINISTRATOR && holder.directoryScopeId === '/' && holder.state === 'Active');
  const distinctGlobalAdmins = new Set(globalAdmins.map((holder) => holder.principalId)).size;
  const findings: Finding[] = [];
  if (distinctGlobalAdmins > 5) {
    findings.push({ id: 'too-many-global-admins', title: `${distinctGlobalAdmins} Global Administrators`, advice: 'Keep fewer than five Global Administrators: each can change everything in the tenant.', source: BEST_PRACTICES, holders: asFindingHolders(globalAdmins, roles) });
  }
  if (distinctGlobalAdmins < 2) {
    findings.push({ id: 'too-few-global-admins', title: distinctGlobalAdmins === 1 ? 'Only one Global Administrator' : 'No active Global Administrator', advice: 'Keep at least two (emergency access accounts among them), so losing one account doesn\u2019t lock the tenant out.', source: BEST_PRACTICES, holders: asFindingHolders(globalAdmins, roles) });
  }
  const activePrivileged = privileged.filter((holder) => holder.state === 'Active');
  if (activePrivileged.length > 10) {
    findings.push({ id: 'too-many-privileged', title: `${activePrivileged.length} active privileged role holdings`, advice: 'Keep fewer than ten privileged role assignments; make the rest eligible, or give less privileged roles.', source: BEST_PRACTICES, holders: asFindingHolders(activePrivileged, roles) });
  }
  const permanent = activePrivileged.filter((holder) => holder.endDateTime === null && holder.kind === 'user');
  if (permanent.length) {
    findings.push({ id: 'permanent-privileged', title: `${permanent.length} permanent active privileged ${permanent.length === 1 ? 'holding' : 'holdings'}`, advice: 'Use Privileged Identity Management to grant just-in-time access: make these eligible, or give them an end date.', source: BEST_PRACTICES, holders: asFindingHolders(permanent, roles) });
  }
  const guests = privileged.filter((holder) => holder.guest);
  if (guests.length) {
    findings.push({ id: 'guest-privileged', title: `Guests hold privileged roles (${guests.length})`, advice: 'A guest\u2019s account is managed by another organisation: give guests privileged roles only when there is no other way, and review them often.', source: BEST_PRACTICES, holders: asFindingHolders(guests, roles) });
  }
  const apps = privileged.filter((holder) => holder.kind === 'servicePrincipal');
  if (apps.length) {
    findings.push({ id: 'app-privileged', title: `Service principals hold privileged roles (${apps.length})`, advice: 'An app with a privileged role is as powerful as an admin and signs in with a secret or certificate: review who can manage its credentials.', source: BEST_PRACTICES, holders: asFindingHolders(apps, roles) });
  }
  return findings;
}
