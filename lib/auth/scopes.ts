/**
 * The delegated Microsoft Graph permissions the portal asks for: the least that its blades need.
 * - RoleManagement.ReadWrite.Directory: read and change role definitions and assignments, and manage
 *   role-assignable groups' membership (Group.ReadWrite.All alone is refused for those groups); it is also among
 *   the permissions Graph accepts for PIM's schedules, schedule requests and role settings (roleManagementPolicies),
 *   so PIM needs nothing more.
 * - Directory.Read.All: users, groups, service principals, applications and administrative units.
 * - Group.ReadWrite.All: create groups and manage ordinary groups' members.
 * - AuditLog.Read.All: the audit log blade.
 * - User.Read: the signed-in admin's own profile.
 */
export const graphPermissions = [
  'User.Read',
  'Directory.Read.All',
  'RoleManagement.ReadWrite.Directory',
  'Group.ReadWrite.All',
  'AuditLog.Read.All',
] as const;

/** The permissions as MSAL requests them: prefixed with Graph's resource id. */
export const graphScopes: string[] = graphPermissions.map((permission) => `https://graph.microsoft.com/${permission}`);
