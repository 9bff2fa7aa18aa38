import { createHash } from 'node:crypto';

/**
 * The first layout of the emulator's database. Kept byte for byte: its hash names data dirs made before the
 * directory roles came, which `upgrades` brings forward instead of reseeding them.
 */
const firstLayoutSql = `
create table meta (
  key text primary key,
  value text not null
);

-- Every object a role can be assigned to or scoped on shares one id space, so foreign keys can point at
-- "any directory object" (a role assignment's principal, a group or AU member).
create table directory_objects (
  id uuid primary key,
  object_type text not null check (object_type in ('user', 'group', 'servicePrincipal', 'application', 'administrativeUnit'))
);

create table users (
  id uuid primary key references directory_objects (id) on delete cascade,
  display_name text not null,
  given_name text,
  surname text,
  user_principal_name text not null,
  mail text,
  mail_nickname text,
  job_title text,
  department text,
  office_location text,
  company_name text,
  mobile_phone text,
  business_phones jsonb not null default '[]',
  preferred_language text,
  usage_location text,
  account_enabled boolean not null default true,
  user_type text not null check (user_type in ('Member', 'Guest')),
  created_date_time timestamptz not null
);
create unique index users_upn on users (lower(user_principal_name));
create index users_display_name on users (lower(display_name), id);
create index users_mail on users (lower(mail));
create index users_user_type on users (user_type);

create table groups (
  id uuid primary key references directory_objects (id) on delete cascade,
  display_name text not null,
  description text,
  mail text,
  mail_enabled boolean not null,
  mail_nickname text not null,
  security_enabled boolean not null,
  is_assignable_to_role boolean not null default false,
  group_types jsonb not null default '[]',
  membership_rule text,
  membership_rule_processing_state text,
  visibility text,
  created_date_time timestamptz not null,
  -- Entra's rules for role-assignable groups: security-enabled and never dynamic.
  check (not is_assignable_to_role or (security_enabled and not group_types ? 'DynamicMembership'))
);
create index groups_display_name on groups (lower(display_name), id);
create index groups_assignable on groups (is_assignable_to_role);

create table applications (
  id uuid primary key references directory_objects (id) on delete cascade,
  app_id uuid not null unique,
  display_name text not null,
  description text,
  sign_in_audience text not null,
  publisher_domain text,
  identifier_uris jsonb not null default '[]',
  spa_redirect_uris jsonb not null default '[]',
  web_redirect_uris jsonb not null default '[]',
  created_date_time timestamptz not null
);
create index applications_display_name on applications (lower(display_name), id);

create table service_principals (
  id uuid primary key references directory_objects (id) on delete cascade,
  app_id uuid not null unique,
  application_id uuid references applications (id) on delete set null,
  display_name text not null,
  app_display_name text,
  app_owner_organization_id uuid,
  service_principal_type text not null,
  account_enabled boolean not null default true,
  service_principal_names jsonb not null default '[]',
  tags jsonb not null default '[]'
);
create index service_principals_display_name on service_principals (lower(display_name), id);

create table administrative_units (
  id uuid primary key references directory_objects (id) on delete cascade,
  display_name text not null,
  description text,
  visibility text
);

create table group_members (
  group_id uuid not null references groups (id) on delete cascade,
  member_id uuid not null references directory_objects (id) on delete cascade,
  primary key (group_id, member_id)
);
create index group_members_member on group_members (member_id);

create table administrative_unit_members (
  administrative_unit_id uuid not null references administrative_units (id) on delete cascade,
  member_id uuid not null references directory_objects (id) on delete cascade,
  primary key (administrative_unit_id, member_id)
);
create index administrative_unit_members_member on administrative_unit_members (member_id);

create table role_definitions (
  id uuid primary key,
  template_id uuid not null unique,
  display_name text not null,
  description text,
  is_built_in boolean not null,
  is_enabled boolean not null default true,
  version text,
  -- v1.0's rolePermissions: [{ allowedResourceActions: [...], condition: null }]
  role_permissions jsonb not null,
  -- Built-in roles: subset of ["directory","administrativeUnit","application"] from the catalog.
  -- Custom roles: null (derived from their actions when assigned).
  assignable_scopes jsonb
);
create unique index role_definitions_display_name on role_definitions (lower(display_name));

-- One table, two views: roleAssignments and administrativeUnits/{id}/scopedRoleMembers.
create table role_assignments (
  id text primary key,
  seq integer generated always as identity,
  role_definition_id uuid not null references role_definitions (id),
  principal_id uuid not null references directory_objects (id) on delete cascade,
  directory_scope_id text not null,
  scope_administrative_unit_id uuid references administrative_units (id) on delete cascade,
  scope_application_id uuid references applications (id) on delete cascade,
  unique (role_definition_id, principal_id, directory_scope_id),
  check (
    (directory_scope_id = '/' and scope_administrative_unit_id is null and scope_application_id is null)
    or (scope_administrative_unit_id is not null and scope_application_id is null
        and directory_scope_id = '/administrativeUnits/' || scope_administrative_unit_id::text)
    or (scope_application_id is not null and scope_administrative_unit_id is null
        and directory_scope_id = '/' || scope_application_id::text)
  )
);
create unique index role_assignments_seq on role_assignments (seq);
create index role_assignments_principal on role_assignments (principal_id, seq);
create index role_assignments_scope on role_assignments (lower(directory_scope_id), seq);
create index role_assignments_role on role_assignments (role_definition_id, seq);

create table directory_audits (
  id uuid primary key,
  seq integer generated always as identity,
  activity_date_time timestamptz not null,
  category text not null,
  activity_display_name text not null,
  operation_type text not null,
  result text not null,
  logged_by_service text not null,
  correlation_id uuid not null,
  initiated_by jsonb not null,
  initiated_by_user_id uuid,
  target_resources jsonb not null,
  additional_details jsonb not null default '[]'
);
create index directory_audits_seq on directory_audits (seq);
create index directory_audits_time on directory_audits (activity_date_time);

-- Graph's observed role-assignment id: base64url of the little-endian GUID bytes of roleDefinitionId,
-- principalId and (for an AU or object scope) the scope object id, plus "-1" or "-2" (AU scope).
-- The TypeScript twin is assignmentId() in seed/ids.ts; the scale seed uses this one.
create function guid_le(u uuid) returns bytea language sql immutable as $$
  select substring(b from 4 for 1) || substring(b from 3 for 1) || substring(b from 2 for 1) || substring(b from 1 for 1)
      || substring(b from 6 for 1) || substring(b from 5 for 1) || substring(b from 8 for 1) || substring(b from 7 for 1)
      || substring(b from 9 for 8)
    from (select uuid_send(u) as b) s
$$;
create function assignment_id(role uuid, principal uuid, scope_object uuid, is_au boolean) returns text language sql immutable as $$
  select rtrim(translate(replace(encode(guid_le(role) || guid_le(principal) || coalesce(guid_le(scope_object), ''::bytea), 'base64'), E'\\n', ''), '+/', '-_'), '=')
      || case when is_au then '-2' else '-1' end
$$;
`;

/**
 * Activated built-in roles (Graph's `directoryRole` objects): a role gets one, with an id of its own, the first
 * time it is assigned, and keeps it after its last assignment goes, as in Entra. Not in directory_objects: nothing
 * may be a member of, or assigned to, a directory role.
 */
const directoryRolesSql = `
create table directory_roles (
  id uuid primary key,
  role_template_id uuid not null unique references role_definitions (id)
);
`;

/**
 * PIM role settings: only the rules an admin changed are stored (the 17 defaults live in policies/default-rules.ts),
 * so every role, a custom role created later too, has its policy without seeding. No foreign key to role_definitions:
 * the seed empties role_definitions with TRUNCATE, which a referencing table would block; triggers clean up instead.
 * Idempotent (`if not exists`, `or replace`), so the upgrade of an older layout may run it over a partial copy.
 */
const rolePolicySql = `
create table if not exists role_management_policy_rules (
  role_definition_id uuid not null,
  rule_id text not null,
  rule jsonb not null,
  primary key (role_definition_id, rule_id)
);
create table if not exists role_management_policy_updates (
  role_definition_id uuid primary key,
  last_modified_date_time timestamptz not null,
  last_modified_by_id uuid,
  last_modified_by_display_name text
);
create or replace function forget_role_policies() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    truncate table role_management_policy_rules, role_management_policy_updates;
  else
    delete from role_management_policy_rules where role_definition_id = old.id;
    delete from role_management_policy_updates where role_definition_id = old.id;
  end if;
  return null;
end $$;
create or replace trigger role_definitions_truncated_forget_policies after truncate on role_definitions
  for each statement execute function forget_role_policies();
create or replace trigger role_definitions_deleted_forget_policies after delete on role_definitions
  for each row execute function forget_role_policies();
`;


/**
 * PIM for Entra roles (research §2.5): the requests (both kinds, kept as history: the portal derives "expired"
 * assignments from them) and the schedules behind eligibilities and PIM-made active assignments, current and
 * future. A schedule in effect for an active assignment points at its role_assignments row; plain
 * /roleAssignments rows have no schedule row and read as "Assigned", permanent. Eligibilities never touch
 * role_assignments, so they grant nothing (authorize.ts counts role_assignments only). Idempotent, as the
 * upgrade of a first-layout data dir runs every block after it.
 */
const pimSql = `
create table if not exists pim_requests (
  id uuid primary key,
  seq integer generated always as identity,
  kind text not null check (kind in ('eligibility', 'assignment')),
  action text not null,
  status text not null,
  principal_id uuid not null,
  role_definition_id uuid not null,
  directory_scope_id text not null,
  justification text,
  -- requestSchedule as answered (null for removals); start/end repeated for the renew look-up.
  schedule_info jsonb,
  schedule_start timestamptz,
  schedule_end timestamptz,
  ticket_info jsonb not null,
  is_validation_only boolean not null default false,
  target_schedule_id text,
  created_by jsonb not null,
  created_by_user_id uuid,
  created_date_time timestamptz not null,
  completed_date_time timestamptz
);
create index if not exists pim_requests_target on pim_requests (kind, principal_id, role_definition_id, directory_scope_id);

create table if not exists pim_schedules (
  id text primary key,
  seq integer generated always as identity,
  kind text not null check (kind in ('eligibility', 'assignment')),
  principal_id uuid not null references directory_objects (id) on delete cascade,
  role_definition_id uuid not null references role_definitions (id) on delete cascade,
  directory_scope_id text not null,
  -- Eligibility instance id: the role-assignment-style id of (role, principal, scope) plus "-e".
  instance_id text not null,
  member_type text not null default 'Direct' check (member_type in ('Direct', 'Group', 'Inherited')),
  assignment_type text check (assignment_type in ('Assigned', 'Activated')),
  created_using uuid,
  -- Activations: the eligibility schedule they came from.
  activated_using text,
  created_date_time timestamptz not null,
  modified_date_time timestamptz,
  start_date_time timestamptz not null,
  end_date_time timestamptz,
  expiration_type text not null,
  duration text,
  -- Set by the request or the sweep once start_date_time has come; for active ones the roleAssignments row.
  started boolean not null default false,
  role_assignment_id text unique references role_assignments (id) on delete cascade,
  check (kind = 'assignment' or (assignment_type is null and role_assignment_id is null))
);
create index if not exists pim_schedules_target on pim_schedules (kind, principal_id, role_definition_id, directory_scope_id);
create index if not exists pim_schedules_end on pim_schedules (end_date_time) where end_date_time is not null;
create index if not exists pim_schedules_pending_start on pim_schedules (start_date_time) where not started;
`;

/** The emulator's whole database schema. Its hash is the schema version. */
export const schemaSql = firstLayoutSql + directoryRolesSql + rolePolicySql + pimSql;

const versionOf = (sql: string) => createHash('sha1').update(sql).digest('hex').slice(0, 12);

export const schemaVersion = versionOf(schemaSql);

/**
 * SQL that brings an older layout to this one, keyed by the older version, so a kept data dir keeps its tenant.
 * A data dir of any other version is dropped and reseeded on start (emulator state is disposable).
 */
// Everything after the first layout, so blocks appended later come along too.
export const upgrades: ReadonlyMap<string, string> = new Map([[versionOf(firstLayoutSql), schemaSql.slice(firstLayoutSql.length)]]);
