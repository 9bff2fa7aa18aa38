import { insertRows, type Queryable } from '../store/db';
import { builtInRoles } from './catalog';
import { assignmentId, parseDirectoryScope } from './ids';
import { writePimItems, type PimSeedItem } from './pim';

/** Rows of a seeded tenant, in the database's column names. */
export type TenantSeed = {
  users: Array<{
    id: string; display_name: string; given_name: string | null; surname: string | null; user_principal_name: string;
    mail: string | null; mail_nickname: string; job_title: string | null; department: string | null; office_location: string | null;
    company_name: string | null; mobile_phone: string | null; business_phones: string[]; preferred_language: string | null;
    usage_location: string | null; account_enabled: boolean; user_type: 'Member' | 'Guest'; created_date_time: string;
  }>;
  groups: Array<{
    id: string; display_name: string; description: string | null; mail: string | null; mail_enabled: boolean; mail_nickname: string;
    security_enabled: boolean; is_assignable_to_role: boolean; group_types: string[]; membership_rule: string | null;
    membership_rule_processing_state: string | null; visibility: string | null; created_date_time: string;
  }>;
  applications: Array<{
    id: string; app_id: string; display_name: string; description: string | null; sign_in_audience: string; publisher_domain: string;
    identifier_uris: string[]; spa_redirect_uris: string[]; web_redirect_uris: string[]; created_date_time: string;
  }>;
  servicePrincipals: Array<{
    id: string; app_id: string; application_id: string | null; display_name: string; app_display_name: string;
    app_owner_organization_id: string; service_principal_type: string; account_enabled: boolean;
    service_principal_names: string[]; tags: string[];
  }>;
  administrativeUnits: Array<{ id: string; display_name: string; description: string | null; visibility: string | null }>;
  groupMembers: Array<{ group_id: string; member_id: string }>;
  administrativeUnitMembers: Array<{ administrative_unit_id: string; member_id: string }>;
  customRoles: Array<{ id: string; display_name: string; description: string; allowed_resource_actions: string[] }>;
  assignments: Array<{ role_definition_id: string; principal_id: string; directory_scope_id: string }>;
  /** PIM eligibilities and time-bound assignments, their times fixed against the PIM clock at seed time. */
  pim?: { items: PimSeedItem[]; now: Date; createdByUserId: string };
};

export function builtInRoleRows() {
  return builtInRoles().map((role) => ({
    id: role.id,
    template_id: role.templateId,
    display_name: role.displayName,
    description: role.description,
    is_built_in: true,
    is_enabled: role.isEnabled ?? true,
    version: '1',
    role_permissions: [{ allowedResourceActions: role.allowedResourceActions, condition: null }],
    assignable_scopes: role.assignableScopes,
  }));
}

export function assignmentRow(a: { role_definition_id: string; principal_id: string; directory_scope_id: string }) {
  const scope = parseDirectoryScope(a.directory_scope_id);
  return {
    id: assignmentId(a.role_definition_id, a.principal_id, a.directory_scope_id),
    role_definition_id: a.role_definition_id,
    principal_id: a.principal_id,
    directory_scope_id: a.directory_scope_id,
    scope_administrative_unit_id: scope?.kind === 'administrativeUnit' ? scope.objectId : null,
    scope_application_id: scope?.kind === 'object' ? scope.objectId : null,
  };
}

/** Writes a whole tenant into empty tables; the caller wraps it in one transaction. */
export async function writeTenant(db: Queryable, tenant: TenantSeed): Promise<void> {
  const objects = [
    ...tenant.users.map((u) => ({ id: u.id, object_type: 'user' })),
    ...tenant.groups.map((g) => ({ id: g.id, object_type: 'group' })),
    ...tenant.applications.map((a) => ({ id: a.id, object_type: 'application' })),
    ...tenant.servicePrincipals.map((s) => ({ id: s.id, object_type: 'servicePrincipal' })),
    ...tenant.administrativeUnits.map((a) => ({ id: a.id, object_type: 'administrativeUnit' })),
  ];
  await insertRows(db, 'directory_objects', objects, 2000);
  await insertRows(db, 'users', tenant.users, 200);
  await insertRows(db, 'groups', tenant.groups, 200);
  await insertRows(db, 'applications', tenant.applications);
  await insertRows(db, 'service_principals', tenant.servicePrincipals);
  await insertRows(db, 'administrative_units', tenant.administrativeUnits);
  await insertRows(db, 'group_members', tenant.groupMembers, 2000);
  await insertRows(db, 'administrative_unit_members', tenant.administrativeUnitMembers, 2000);
  await insertRows(db, 'role_definitions', [
    ...builtInRoleRows(),
    ...tenant.customRoles.map((r) => ({
      id: r.id,
      template_id: r.id,
      display_name: r.display_name,
      description: r.description,
      is_built_in: false,
      is_enabled: true,
      version: '1',
      role_permissions: [{ allowedResourceActions: r.allowed_resource_actions, condition: null }],
      assignable_scopes: null,
    })),
  ]);
  await insertRows(db, 'role_assignments', tenant.assignments.map(assignmentRow), 1000);
  if (tenant.pim) await writePimItems(db, tenant.pim.items, tenant.pim.now, tenant.pim.createdByUserId);
}

/** Empties every data table (not meta) so a seed can be written again in place. */
export async function clearTenant(db: Queryable): Promise<void> {
  await db.exec(`truncate table pim_schedules, pim_requests, directory_roles, role_assignments, directory_audits, group_members, administrative_unit_members,
    role_definitions, service_principals, applications, administrative_units, groups, users, directory_objects restart identity`);
}
