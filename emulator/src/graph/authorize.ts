import type { Context } from 'hono';
import type { Caller } from '../identity';
import { wellKnownRoles } from '../seed/catalog';
import type { Queryable } from '../store/db';
import { badRequest, insufficientPrivileges } from './errors';
import type { GraphEnv } from './context';

/**
 * Permissions Graph accepts for each kind of call (least → most privileged). A delegated token carries them in
 * `scp`, an app-only token in `roles`; either list satisfies the check.
 */
export const permissions = {
  readRoleManagement: ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  writeRoleManagement: ['RoleManagement.ReadWrite.Directory'],
  readUsers: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  readGroups: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  writeGroups: ['Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  // Group.Create is an application permission only (Entra has no delegated Group.Create).
  createGroups: ['Group.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  writeGroupMembers: ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  readApplications: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  // List/get directoryRoles and their members (learn: directoryrole-list, -get, -list-members).
  readDirectoryRoles: ['RoleManagement.Read.Directory', 'RoleManagement.ReadWrite.Directory', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  readAdministrativeUnits: ['AdministrativeUnit.Read.All', 'AdministrativeUnit.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  readAuditLogs: ['AuditLog.Read.All'],
  // PIM (research §2.7): schedules, instances and requests of each kind; RoleManagement.* covers both.
  readRoleEligibilitySchedules: [
    'RoleEligibilitySchedule.Read.Directory', 'RoleEligibilitySchedule.ReadWrite.Directory',
    'RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'RoleManagement.ReadWrite.Directory',
  ],
  writeRoleEligibilitySchedules: ['RoleEligibilitySchedule.ReadWrite.Directory', 'RoleEligibilitySchedule.Remove.Directory', 'RoleManagement.ReadWrite.Directory'],
  readRoleAssignmentSchedules: [
    'RoleAssignmentSchedule.Read.Directory', 'RoleAssignmentSchedule.ReadWrite.Directory',
    'RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'RoleManagement.ReadWrite.Directory',
  ],
  writeRoleAssignmentSchedules: [
    'RoleAssignmentSchedule.ReadWrite.Directory', 'RoleAssignmentSchedule.Remove.Directory', 'RoleEligibilitySchedule.Remove.Directory',
    'RoleManagement.ReadWrite.Directory',
  ],
  readMe: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
} as const;

/** Entra roles a delegated caller needs at tenant scope for each kind of write (directly or via a role-assignable group). */
export const adminRoles = {
  roleManagement: [wellKnownRoles.globalAdministrator, wellKnownRoles.privilegedRoleAdministrator],
  /** Who may read PIM's schedules, instances and requests (GD includes/rbac-for-apis/rbac-pim-entra-roles-apis.md). */
  pimReaders: [
    wellKnownRoles.globalAdministrator, wellKnownRoles.privilegedRoleAdministrator, wellKnownRoles.globalReader,
    wellKnownRoles.securityAdministrator, wellKnownRoles.securityReader, wellKnownRoles.securityOperator,
  ],
  groups: [wellKnownRoles.globalAdministrator, wellKnownRoles.privilegedRoleAdministrator, wellKnownRoles.groupsAdministrator, wellKnownRoles.userAdministrator],
};

/** The role action that lets a delegated user read audit logs (Global Reader, Security Reader, Reports Reader, … and custom roles holding it). */
const auditReadActions = ['microsoft.directory/auditLogs/allProperties/read', 'microsoft.directory/allEntities/allProperties/allTasks'];

export function hasPermission(caller: Caller, accepted: readonly string[]): boolean {
  const granted = caller.kind === 'user' ? caller.scopes : caller.roles;
  const lower = new Set(granted.map((g) => g.toLowerCase()));
  return accepted.some((a) => lower.has(a.toLowerCase()));
}

/** 403 unless the token carries one of `accepted`. */
export function requirePermission(c: Context<GraphEnv>, accepted: readonly string[]): Caller {
  const caller = c.get('caller');
  if (!hasPermission(caller, accepted)) throw insufficientPrivileges();
  return caller;
}

/**
 * Role definition ids the user holds at tenant scope, directly or through a role-assignable group. Only ACTIVE
 * assignments count: PIM eligibilities live in pim_schedules and give no rights until activated.
 */
export async function tenantRoleIds(db: Queryable, userId: string): Promise<Set<string>> {
  const result = await db.query<{ role: string }>(
    `select distinct ra.role_definition_id as role
       from role_assignments ra
      where ra.directory_scope_id = '/'
        and (ra.principal_id = $1::uuid
             or ra.principal_id in (select m.group_id from group_members m join groups g on g.id = m.group_id
                                     where m.member_id = $1::uuid and g.is_assignable_to_role))`,
    [userId],
  );
  return new Set(result.rows.map((r) => r.role));
}

async function callerRoleIds(c: Context<GraphEnv>, db: Queryable, userId: string): Promise<Set<string>> {
  const cached = c.get('callerRoleIds');
  if (cached) return cached;
  // A batch of 20 deletes would otherwise read the same caller's roles 20 times.
  const batch = c.env?.batch;
  const roles = await (batch ? (batch.callerRoleIds ??= tenantRoleIds(db, userId)) : tenantRoleIds(db, userId));
  c.set('callerRoleIds', roles);
  return roles;
}

/**
 * A write (or a read Graph guards by Entra role, like PIM's): the token needs one of `accepted`; a delegated caller must also hold one of `roles` at tenant scope.
 * App-only callers are authorized by their application permissions alone, as in Graph.
 */
export async function requireWrite(c: Context<GraphEnv>, db: Queryable, accepted: readonly string[], roles: readonly string[]): Promise<Caller> {
  const caller = requirePermission(c, accepted);
  if (caller.kind === 'user') {
    const held = await callerRoleIds(c, db, caller.userId);
    if (!roles.some((r) => held.has(r))) throw insufficientPrivileges();
  }
  return caller;
}

/** Audit logs: AuditLog.Read.All, and for a user a role whose actions include reading audit logs. */
export async function requireAuditReader(c: Context<GraphEnv>, db: Queryable): Promise<Caller> {
  const caller = requirePermission(c, permissions.readAuditLogs);
  if (caller.kind === 'user') {
    const held = [...(await callerRoleIds(c, db, caller.userId))];
    if (held.length === 0) throw insufficientPrivileges();
    const result = await db.query<{ ok: boolean }>(
      `select exists (
         select 1 from role_definitions rd, jsonb_array_elements(rd.role_permissions) perm,
                jsonb_array_elements_text(perm->'allowedResourceActions') action
          where rd.id = any(string_to_array($1, ',')::uuid[]) and action = any(string_to_array($2, ','))) as ok`,
      [held.join(','), auditReadActions.join(',')],
    );
    if (!result.rows[0]?.ok) throw insufficientPrivileges();
  }
  return caller;
}

export function requireDelegated(c: Context<GraphEnv>): Extract<Caller, { kind: 'user' }> {
  const caller = c.get('caller');
  if (caller.kind !== 'user') throw badRequest('/me request is only valid with delegated authentication flow.', 'BadRequest');
  return caller;
}
