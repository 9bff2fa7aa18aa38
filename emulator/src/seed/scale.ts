import type { ScaleOptions } from '../config';
import { insertRows, type Queryable } from '../store/db';
import { builtInRoles, wellKnownRoles } from './catalog';
import { builtInRoleRows } from './tenant';
import { contosoIds, tenantDomain } from './contoso';

/**
 * The one well-known admin of the large tenant, for the benchmark (`npm run bench`) and manual checks: the demo
 * tenant's Patti Fernandez (same id and UPN), Privileged Role Administrator at tenant scope. Everyone else is generated.
 */
export const scaleAdmin = { alias: 'PattiF', displayName: 'Patti Fernandez', userPrincipalName: `PattiF@${tenantDomain}` } as const;

const customRoleCount = 155;
const administrativeUnitCount = 50;
const applicationCount = 300;
const firstNames = ['Ada', 'Ben', 'Chloe', 'Dev', 'Eva', 'Finn', 'Gia', 'Hugo', 'Iris', 'Jon', 'Kira', 'Leo', 'Mia', 'Nils', 'Olga', 'Paul', 'Rhea', 'Sam', 'Tess', 'Uma'];
const lastNames = ['Adams', 'Berg', 'Costa', 'Diaz', 'Eriksen', 'Fischer', 'Garcia', 'Hughes', 'Ito', 'Jones', 'Khan', 'Lopez', 'Moreau', 'Nowak', 'Olsen', 'Park', 'Quinn', 'Rossi', 'Smith', 'Tanaka'];

const sqlArray = (values: string[], type: 'text' | 'uuid') => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::${type}[]`;

/**
 * The large benchmark tenant, generated inside PostgreSQL with generate_series (no per-row round trips):
 * `users` users, `groups` groups (the first 200 role-assignable), 50 AUs, 300 app registrations with service
 * principals, 145 built-in + 155 custom roles and about `assignments` assignments over the three scope kinds,
 * one role (Helpdesk Administrator) holding a quarter of them, at most 5,000. Ids are md5-derived, so deterministic.
 */
export async function writeScaleTenant(db: Queryable, options: ScaleOptions & { tenantId: string; now?: Date }): Promise<void> {
  const { users: n, groups: g } = options;
  await insertRows(db, 'role_definitions', builtInRoleRows());
  await db.query(`
    insert into role_definitions (id, template_id, display_name, description, is_built_in, is_enabled, version, role_permissions)
    select md5('scale-role-' || i)::uuid, md5('scale-role-' || i)::uuid, 'Scale Custom Role ' || lpad(i::text, 3, '0'),
           'Generated custom role ' || i || '.', false, true, '1',
           jsonb_build_array(jsonb_build_object('condition', null, 'allowedResourceActions', case i % 3
             when 0 then '["microsoft.directory/users/password/update","microsoft.directory/groups/members/update"]'::jsonb
             when 1 then '["microsoft.directory/applications/credentials/update"]'::jsonb
             else '["microsoft.directory/auditLogs/allProperties/read"]'::jsonb end))
      from generate_series(1, ${customRoleCount}) i`);

  await db.query(`insert into directory_objects (id, object_type)
    select md5('scale-user-' || i)::uuid, 'user' from generate_series(1, ${n}) i
    union all select md5('scale-group-' || i)::uuid, 'group' from generate_series(1, ${g}) i
    union all select md5('scale-au-' || i)::uuid, 'administrativeUnit' from generate_series(1, ${administrativeUnitCount}) i
    union all select md5('scale-app-' || i)::uuid, 'application' from generate_series(1, ${applicationCount}) i
    union all select md5('scale-sp-' || i)::uuid, 'servicePrincipal' from generate_series(1, ${applicationCount}) i`);
  await db.query(`
    insert into users (id, display_name, given_name, surname, user_principal_name, mail, mail_nickname, job_title, department,
                       office_location, company_name, business_phones, preferred_language, usage_location, account_enabled,
                       user_type, created_date_time)
    select md5('scale-user-' || i)::uuid, f || ' ' || l || ' ' || i, f, l, 'user' || i || '@${tenantDomain}',
           'user' || i || '@${tenantDomain}', 'user' || i, 'Employee', 'Department ' || (i % 40), 'Office ' || (i % 12), 'Contoso',
           '[]', 'en-US', 'US', i % 97 <> 0, case when i % 50 = 0 then 'Guest' else 'Member' end,
           timestamptz '2024-01-01 00:00:00+00' + i * interval '1 minute'
      from generate_series(1, ${n}) i,
           lateral (select (${sqlArray(firstNames, 'text')})[1 + i % ${firstNames.length}] as f,
                           (${sqlArray(lastNames, 'text')})[1 + (i / ${firstNames.length}) % ${lastNames.length}] as l) names`);
  await db.query(`
    insert into groups (id, display_name, description, mail, mail_enabled, mail_nickname, security_enabled, is_assignable_to_role,
                        group_types, visibility, created_date_time)
    select md5('scale-group-' || i)::uuid, 'Scale Group ' || lpad(i::text, 5, '0'), 'Generated group ' || i || '.', null, false,
           'scalegroup' || i, true, i <= 200, '[]', case when i <= 200 then 'Private' end,
           timestamptz '2024-01-01 00:00:00+00' + i * interval '1 hour'
      from generate_series(1, ${g}) i`);
  await db.query(`
    insert into administrative_units (id, display_name, description)
    select md5('scale-au-' || i)::uuid, 'Scale Unit ' || lpad(i::text, 3, '0'), 'Generated administrative unit ' || i || '.'
      from generate_series(1, ${administrativeUnitCount}) i`);
  await db.query(`
    insert into applications (id, app_id, display_name, sign_in_audience, publisher_domain, created_date_time)
    select md5('scale-app-' || i)::uuid, md5('scale-appid-' || i)::uuid, 'Scale App ' || lpad(i::text, 3, '0'), 'AzureADMyOrg',
           '${tenantDomain}', timestamptz '2024-01-01 00:00:00+00' + i * interval '1 day'
      from generate_series(1, ${applicationCount}) i`);
  await db.query(`
    insert into service_principals (id, app_id, application_id, display_name, app_display_name, app_owner_organization_id,
                                    service_principal_type, service_principal_names)
    select md5('scale-sp-' || i)::uuid, md5('scale-appid-' || i)::uuid, md5('scale-app-' || i)::uuid, 'Scale App ' || lpad(i::text, 3, '0'),
           'Scale App ' || lpad(i::text, 3, '0'), '${options.tenantId}', 'Application', jsonb_build_array(md5('scale-appid-' || i)::uuid)
      from generate_series(1, ${applicationCount}) i`);
  // Every user in one group; role-assignable groups get 10 members each from the first users.
  await db.query(`insert into group_members (group_id, member_id)
    select md5('scale-group-' || (1 + i % ${g}))::uuid, md5('scale-user-' || i)::uuid from generate_series(1, ${n}) i
    union
    select md5('scale-group-' || (1 + i / 10))::uuid, md5('scale-user-' || (1 + (i * 37) % ${n}))::uuid
      from generate_series(0, ${Math.min(200, g) * 10 - 1}) i`);
  await db.query(`insert into administrative_unit_members (administrative_unit_id, member_id)
    select md5('scale-au-' || (1 + i % ${administrativeUnitCount}))::uuid, md5('scale-user-' || i)::uuid
      from generate_series(1, ${Math.min(n, 25_000)}) i`);
  await writeScaleAssignments(db, options);
  await writeScaleAdmin(db);
  await writeScaleEligibilities(db, options, options.now ?? new Date());
}

/**
 * About one PIM eligibility per five assignments, at tenant scope: three in four to users, one in four to
 * role-assignable groups; a third permanent, the rest ending within 120 days. Each has its adminAssign request
 * (same id), as the demo tenant's do, so the request collections page too.
 */
async function writeScaleEligibilities(db: Queryable, options: ScaleOptions, now: Date): Promise<void> {
  const roles = builtInRoles().filter((r) => r.assignableScopes.includes('directory')).map((r) => r.id);
  const count = Math.floor(options.assignments / 5);
  if (count === 0) return;
  const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  await db.query(
    `insert into pim_requests (id, kind, action, status, principal_id, role_definition_id, directory_scope_id, justification, schedule_info,
       schedule_start, schedule_end, ticket_info, target_schedule_id, created_by, created_by_user_id, created_date_time, completed_date_time)
     select id, 'eligibility', 'adminAssign', 'Provisioned', principal, role, '/', $2,
            jsonb_build_object('startDateTime', ${iso('start_at')}, 'recurrence', null, 'expiration', jsonb_build_object(
              'type', case when end_at is null then 'noExpiration' else 'afterDateTime' end, 'endDateTime', ${iso('end_at')}, 'duration', null)),
            start_at, end_at, '{"ticketNumber":null,"ticketSystem":null}'::jsonb, id::text,
            jsonb_build_object('application', null, 'device', null, 'user', jsonb_build_object('displayName', null, 'id', $3::text)), $3::uuid, start_at, start_at
       from (select distinct on (role, principal) * from (
               select md5('scale-eligibility-' || i)::uuid as id,
                      (${sqlArray(roles, 'uuid')})[1 + (i / 7) % ${roles.length}] as role,
                      case when i % 4 = 3 then md5('scale-group-' || (1 + i % ${Math.min(200, options.groups)}))::uuid
                           else md5('scale-user-' || (1 + (i * 11) % ${options.users}))::uuid end as principal,
                      $1::timestamptz - (1 + i % 60) * interval '1 day' as start_at,
                      case when i % 3 = 0 then null else $1::timestamptz + (1 + i % 120) * interval '1 day' end as end_at
                 from generate_series(0, ${count - 1}) i) g order by role, principal, id) s`,
    [now.toISOString(), 'Seeded by the demo tenant', contosoIds.user(scaleAdmin.alias)],
  );
  await db.query(
    `insert into pim_schedules (id, kind, principal_id, role_definition_id, directory_scope_id, instance_id, member_type, created_using,
       created_date_time, start_date_time, end_date_time, expiration_type, started)
     select id::text, 'eligibility', principal_id, role_definition_id, '/', assignment_id(role_definition_id, principal_id, null, false) || '-e', 'Direct', id,
            schedule_start, schedule_start, schedule_end, case when schedule_end is null then 'noExpiration' else 'afterDateTime' end, true
       from pim_requests where kind = 'eligibility'`,
  );
}

async function writeScaleAdmin(db: Queryable): Promise<void> {
  const id = contosoIds.user(scaleAdmin.alias);
  await db.query(`insert into directory_objects (id, object_type) values ($1, 'user')`, [id]);
  await db.query(
    `insert into users (id, display_name, given_name, surname, user_principal_name, mail, mail_nickname, job_title, department,
                        office_location, company_name, business_phones, preferred_language, usage_location, account_enabled,
                        user_type, created_date_time)
     values ($1, $2, 'Patti', 'Fernandez', $3, $3, 'PattiF', 'President', 'Executive Management', 'Seattle', 'Contoso',
             '[]', 'en-US', 'US', true, 'Member', timestamptz '2024-01-01 00:00:00+00')`,
    [id, scaleAdmin.displayName, scaleAdmin.userPrincipalName],
  );
  await db.query(
    `insert into role_assignments (id, role_definition_id, principal_id, directory_scope_id, scope_administrative_unit_id, scope_application_id)
     values (assignment_id($1::uuid, $2::uuid, null, false), $1::uuid, $2::uuid, '/', null, null)`,
    [wellKnownRoles.privilegedRoleAdministrator, id],
  );
}

async function writeScaleAssignments(db: Queryable, options: ScaleOptions): Promise<void> {
  const { users: n, assignments: total } = options;
  const roles = builtInRoles();
  const tenantRoles = roles.filter((r) => r.assignableScopes.includes('directory') && r.id !== wellKnownRoles.helpdeskAdministrator).map((r) => r.id);
  const unitRoles = roles.filter((r) => r.assignableScopes.includes('administrativeUnit') && r.id !== wellKnownRoles.helpdeskAdministrator).map((r) => r.id);
  const appRoles = roles.filter((r) => r.assignableScopes.includes('application')).map((r) => r.id);
  // One role holds a quarter of the assignments (5,000 of the default 20,000): the benchmark's big role blade.
  const heavy = Math.min(5_000, Math.round(total / 4));
  const rest = total - heavy;
  const tenantCount = Math.floor(rest * 0.45);
  const unitCount = Math.floor(rest * 0.3);
  const appCount = Math.floor(rest * 0.15);
  const groupCount = rest - tenantCount - unitCount - appCount;
  const insert = (select: string) =>
    db.query(`insert into role_assignments (id, role_definition_id, principal_id, directory_scope_id, scope_administrative_unit_id, scope_application_id)
      select assignment_id(role, principal, coalesce(au, app), au is not null), role, principal,
             case when au is not null then '/administrativeUnits/' || au when app is not null then '/' || app else '/' end, au, app
        from (${select}) s
      on conflict do nothing`);
  await insert(`select '${wellKnownRoles.helpdeskAdministrator}'::uuid as role, md5('scale-user-' || (1 + i % ${n}))::uuid as principal,
                       null::uuid as au, null::uuid as app from generate_series(0, ${heavy - 1}) i`);
  // Tenant scope: built-in roles plus the custom ones, to users after the heavy block.
  await insert(`select coalesce(r.id, md5('scale-role-' || (1 + i % ${customRoleCount}))::uuid) as role,
                       md5('scale-user-' || (1 + (${heavy} + i) % ${n}))::uuid as principal, null::uuid as au, null::uuid as app
                  from generate_series(0, ${tenantCount - 1}) i
                  left join lateral (select (${sqlArray(tenantRoles, 'uuid')})[1 + i % ${tenantRoles.length}] as id where i % 4 <> 3) r on true`);
  await insert(`select (${sqlArray(unitRoles, 'uuid')})[1 + i % ${unitRoles.length}] as role,
                       md5('scale-user-' || (1 + (i * 7) % ${n}))::uuid as principal,
                       md5('scale-au-' || (1 + i % ${administrativeUnitCount}))::uuid as au, null::uuid as app
                  from generate_series(0, ${unitCount - 1}) i`);
  await insert(`select (${sqlArray(appRoles, 'uuid')})[1 + i % ${appRoles.length}] as role,
                       md5('scale-user-' || (1 + (i * 13) % ${n}))::uuid as principal,
                       null::uuid as au, md5('scale-app-' || (1 + i % ${applicationCount}))::uuid as app
                  from generate_series(0, ${appCount - 1}) i`);
  await insert(`select (${sqlArray(tenantRoles, 'uuid')})[1 + (i / 200) % ${tenantRoles.length}] as role,
                       md5('scale-group-' || (1 + i % ${Math.min(200, options.groups)}))::uuid as principal, null::uuid as au, null::uuid as app
                  from generate_series(0, ${groupCount - 1}) i`);
}
