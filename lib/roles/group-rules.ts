// What the Groups and Users blades may offer, and what New group may send to Graph. Pure, so the panel, the
// server action and the tests share one reading of Entra's rules (research §B6).

export const groupKinds = ['security', 'microsoft365'] as const;
export type GroupKind = (typeof groupKinds)[number];
export const groupKindLabels: Record<GroupKind, string> = { security: 'Security', microsoft365: 'Microsoft 365' };

export const ROLE_ASSIGNABLE_TOGGLE_LABEL = 'Microsoft Entra roles can be assigned to the group';
export const ROLE_ASSIGNABLE_CONFIRMATION =
  'Creating a group to which Microsoft Entra roles can be assigned is a setting that cannot be changed later. Are you sure you want to add this capability?';
export const ROLE_ASSIGNABLE_MEMBERS_DENIED =
  'Changing the members of a role-assignable group needs the Privileged Role Administrator or Global Administrator role.';
export const GROUP_MEMBERS_DENIED =
  'Changing group members needs the Groups Administrator, User Administrator, Privileged Role Administrator or Global Administrator role.';
export const CREATE_GROUP_DENIED =
  'Creating groups needs the Groups Administrator, User Administrator, Privileged Role Administrator or Global Administrator role.';
export const DYNAMIC_MEMBERS_REFUSED = 'This group has dynamic membership: its members come from a rule, not from Add or Remove.';
export const INDIRECT_ROLE_NOTE =
  'To remove indirect role assignments, remove the user from the group that has been assigned the role.';

/** Roles (by display name, as the signed-in admin context carries them) that may manage ordinary groups. */
const groupManagerRoles = ['Global Administrator', 'Privileged Role Administrator', 'Groups Administrator', 'User Administrator'];

export type GroupFacts = {
  isAssignableToRole?: boolean | null;
  securityEnabled?: boolean | null;
  mailEnabled?: boolean | null;
  groupTypes?: readonly string[] | null;
};

export function isDynamic(group: GroupFacts): boolean {
  return (group.groupTypes ?? []).some((type) => type.toLowerCase() === 'dynamicmembership');
}

export function isMicrosoft365(group: GroupFacts): boolean {
  return (group.groupTypes ?? []).some((type) => type.toLowerCase() === 'unified');
}

/** "Security" or "Microsoft 365", as the All groups list writes it. */
export function groupTypeLabel(group: GroupFacts): string {
  if (isMicrosoft365(group)) return 'Microsoft 365';
  if (group.securityEnabled) return group.mailEnabled ? 'Mail-enabled security' : 'Security';
  return group.mailEnabled ? 'Distribution' : 'Other';
}

export function membershipTypeLabel(group: GroupFacts): string {
  return isDynamic(group) ? 'Dynamic' : 'Assigned';
}

export type AdminFacts = { canManageRoleAssignments: boolean; tenantRoleNames: readonly string[] };

export function canCreateGroups(admin: AdminFacts): boolean {
  return admin.canManageRoleAssignments || admin.tenantRoleNames.some((name) => groupManagerRoles.includes(name));
}

/** Why the admin can't add or remove members of this group, or null when they can. */
export function membershipChangeRefusal(group: GroupFacts, admin: AdminFacts): string | null {
  if (isDynamic(group)) return DYNAMIC_MEMBERS_REFUSED;
  if (group.isAssignableToRole) return admin.canManageRoleAssignments ? null : ROLE_ASSIGNABLE_MEMBERS_DENIED;
  return canCreateGroups(admin) ? null : GROUP_MEMBERS_DENIED;
}

/** What a role-assignable group may contain: users and service principals, never groups (no nesting). */
export function memberKindRefusal(group: GroupFacts, memberKind: 'user' | 'group' | 'servicePrincipal'): string | null {
  if (memberKind === 'group' && group.isAssignableToRole) {
    return 'A role-assignable group can\u2019t contain groups: nesting is not supported for groups that can be assigned to a role.';
  }
  return null;
}

/** A mail nickname from a group name, as the admin center derives it: letters and digits, no spaces. */
export function mailNicknameFrom(displayName: string): string {
  return displayName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]/g, '')
    .slice(0, 64);
}

export const MAIL_NICKNAME_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export type NewGroupInput = {
  kind: GroupKind;
  displayName: string;
  description: string;
  mailNickname: string;
  isAssignableToRole: boolean;
};

export type NewGroupBody = {
  displayName: string;
  description?: string;
  mailNickname: string;
  securityEnabled: boolean;
  mailEnabled: boolean;
  groupTypes: string[];
  isAssignableToRole: boolean;
};

/**
 * The POST /groups body for New group. A role-assignable group is always a security group with assigned
 * membership (Graph refuses anything else), whatever kind the form said; Microsoft 365 groups are mail-enabled
 * "Unified" groups; membership is always Assigned (dynamic rules are not offered here).
 */
export function newGroupBody(input: NewGroupInput): NewGroupBody {
  const kind: GroupKind = input.isAssignableToRole ? 'security' : input.kind;
  const description = input.description.trim();
  return {
    displayName: input.displayName.trim(),
    ...(description ? { description } : {}),
    mailNickname: input.mailNickname.trim(),
    securityEnabled: kind === 'security',
    mailEnabled: kind === 'microsoft365',
    groupTypes: kind === 'microsoft365' ? ['Unified'] : [],
    isAssignableToRole: input.isAssignableToRole,
  };
}
