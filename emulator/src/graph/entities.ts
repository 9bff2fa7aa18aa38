import type { EntitySpec, PropertySpec } from './entity';

const p = (name: string, sql: string, type: PropertySpec['type'], filterable = false, caseSensitive = false): PropertySpec => ({
  name,
  sql,
  type,
  filterable,
  caseSensitive,
});

/** v1.0 `user`. Without $select Graph returns only the default set below (accountEnabled, userType… need $select). */
export const userSpec: EntitySpec = {
  typeName: 'microsoft.graph.user',
  resourceName: 'User',
  from: 'users u',
  key: { sql: 'u.id', cast: 'uuid' },
  properties: [
    p('id', 'u.id', 'guid', true),
    p('businessPhones', 'u.business_phones', 'stringCollection'),
    p('displayName', 'u.display_name', 'string', true),
    p('givenName', 'u.given_name', 'string', true),
    p('jobTitle', 'u.job_title', 'string', true),
    p('mail', 'u.mail', 'string', true),
    p('mobilePhone', 'u.mobile_phone', 'string', true),
    p('officeLocation', 'u.office_location', 'string', true),
    p('preferredLanguage', 'u.preferred_language', 'string', true),
    p('surname', 'u.surname', 'string', true),
    p('userPrincipalName', 'u.user_principal_name', 'string', true),
    p('accountEnabled', 'u.account_enabled', 'boolean', true),
    p('companyName', 'u.company_name', 'string', true),
    p('createdDateTime', 'u.created_date_time', 'datetime', true),
    p('department', 'u.department', 'string', true),
    p('mailNickname', 'u.mail_nickname', 'string', true),
    p('usageLocation', 'u.usage_location', 'string', true),
    p('userType', 'u.user_type', 'string', true),
  ],
  defaultSelect: ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'],
  defaultOrder: [],
  orderable: {
    displayName: { sql: 'lower(u.display_name)', cast: 'text' },
    userPrincipalName: { sql: 'lower(u.user_principal_name)', cast: 'text' },
  },
  searchable: ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'mailNickname', 'jobTitle', 'department'],
};

export const groupSpec: EntitySpec = {
  typeName: 'microsoft.graph.group',
  resourceName: 'Group',
  from: 'groups g',
  key: { sql: 'g.id', cast: 'uuid' },
  properties: [
    p('id', 'g.id', 'guid', true),
    p('createdDateTime', 'g.created_date_time', 'datetime', true),
    p('description', 'g.description', 'string', true),
    p('displayName', 'g.display_name', 'string', true),
    p('groupTypes', 'g.group_types', 'stringCollection', true),
    p('isAssignableToRole', 'g.is_assignable_to_role', 'boolean', true),
    p('mail', 'g.mail', 'string', true),
    p('mailEnabled', 'g.mail_enabled', 'boolean', true),
    p('mailNickname', 'g.mail_nickname', 'string', true),
    p('membershipRule', 'g.membership_rule', 'string', true),
    p('membershipRuleProcessingState', 'g.membership_rule_processing_state', 'string', true),
    p('securityEnabled', 'g.security_enabled', 'boolean', true),
    p('visibility', 'g.visibility', 'string', true),
  ],
  defaultOrder: [],
  orderable: { displayName: { sql: 'lower(g.display_name)', cast: 'text' } },
  searchable: ['displayName', 'description', 'mail', 'mailNickname'],
};

export const applicationSpec: EntitySpec = {
  typeName: 'microsoft.graph.application',
  resourceName: 'Application',
  from: 'applications a',
  key: { sql: 'a.id', cast: 'uuid' },
  properties: [
    p('id', 'a.id', 'guid', true),
    p('appId', 'a.app_id', 'guid', true),
    p('createdDateTime', 'a.created_date_time', 'datetime', true),
    p('description', 'a.description', 'string', true),
    p('displayName', 'a.display_name', 'string', true),
    p('identifierUris', 'a.identifier_uris', 'stringCollection', true),
    p('publisherDomain', 'a.publisher_domain', 'string', true),
    p('signInAudience', 'a.sign_in_audience', 'string', true),
    p('spa', `jsonb_build_object('redirectUris', a.spa_redirect_uris)`, 'json'),
    p('web', `jsonb_build_object('redirectUris', a.web_redirect_uris, 'homePageUrl', null, 'logoutUrl', null)`, 'json'),
  ],
  defaultOrder: [],
  orderable: { displayName: { sql: 'lower(a.display_name)', cast: 'text' } },
  searchable: ['displayName', 'description'],
};

export const servicePrincipalSpec: EntitySpec = {
  typeName: 'microsoft.graph.servicePrincipal',
  resourceName: 'ServicePrincipal',
  from: 'service_principals s',
  key: { sql: 's.id', cast: 'uuid' },
  properties: [
    p('id', 's.id', 'guid', true),
    p('accountEnabled', 's.account_enabled', 'boolean', true),
    p('appDisplayName', 's.app_display_name', 'string', true),
    p('appId', 's.app_id', 'guid', true),
    p('appOwnerOrganizationId', 's.app_owner_organization_id', 'guid', true),
    p('displayName', 's.display_name', 'string', true),
    p('servicePrincipalNames', 's.service_principal_names', 'stringCollection', true),
    p('servicePrincipalType', 's.service_principal_type', 'string', true),
    p('tags', 's.tags', 'stringCollection', true),
  ],
  defaultOrder: [],
  orderable: { displayName: { sql: 'lower(s.display_name)', cast: 'text' } },
  searchable: ['displayName', 'appDisplayName'],
};

export const administrativeUnitSpec: EntitySpec = {
  typeName: 'microsoft.graph.administrativeUnit',
  resourceName: 'AdministrativeUnit',
  from: 'administrative_units au',
  key: { sql: 'au.id', cast: 'uuid' },
  properties: [
    p('id', 'au.id', 'guid', true),
    p('description', 'au.description', 'string', true),
    p('displayName', 'au.display_name', 'string', true),
    p('visibility', 'au.visibility', 'string', true),
  ],
  defaultOrder: [],
  orderable: { displayName: { sql: 'lower(au.display_name)', cast: 'text' } },
  searchable: ['displayName', 'description'],
};

/** v1.0 `unifiedRoleDefinition`: no isPrivileged (beta only), so `$select=isPrivileged` is an unknown property. */
export const roleDefinitionSpec: EntitySpec = {
  typeName: 'microsoft.graph.unifiedRoleDefinition',
  resourceName: 'UnifiedRoleDefinition',
  from: 'role_definitions rd',
  key: { sql: 'rd.id', cast: 'uuid' },
  properties: [
    p('id', 'rd.id', 'guid', true),
    p('description', 'rd.description', 'string', true),
    p('displayName', 'rd.display_name', 'string', true),
    p('isBuiltIn', 'rd.is_built_in', 'boolean', true),
    p('isEnabled', 'rd.is_enabled', 'boolean', true),
    p('resourceScopes', `'["/"]'::jsonb`, 'json'),
    p('templateId', 'rd.template_id', 'guid', true),
    p('version', 'rd.version', 'string', true),
    p('rolePermissions', 'rd.role_permissions', 'json'),
  ],
  defaultOrder: [{ sql: 'lower(rd.display_name)', cast: 'text' }],
  orderable: { displayName: { sql: 'lower(rd.display_name)', cast: 'text' } },
  searchable: [],
};

export const roleAssignmentSpec: EntitySpec = {
  typeName: 'microsoft.graph.unifiedRoleAssignment',
  resourceName: 'UnifiedRoleAssignment',
  from: 'role_assignments ra',
  key: { sql: 'ra.seq', cast: 'int' },
  properties: [
    p('id', 'ra.id', 'string', true, true),
    p('principalId', 'ra.principal_id', 'guid', true),
    p('resourceScope', 'ra.directory_scope_id', 'string', false, true),
    p('directoryScopeId', 'ra.directory_scope_id', 'string', true),
    p('roleDefinitionId', 'ra.role_definition_id', 'guid', true),
    p('appScopeId', 'null::text', 'string'),
    p('condition', 'null::text', 'string'),
  ],
  defaultSelect: ['id', 'principalId', 'resourceScope', 'directoryScopeId', 'roleDefinitionId'],
  defaultOrder: [],
  orderable: {},
  searchable: [],
};

export const directoryAuditSpec: EntitySpec = {
  typeName: 'microsoft.graph.directoryAudit',
  resourceName: 'DirectoryAudit',
  from: 'directory_audits d',
  key: { sql: 'd.seq', cast: 'int', descending: true },
  properties: [
    p('id', 'd.id', 'guid', true),
    p('category', 'd.category', 'string', true),
    p('correlationId', 'd.correlation_id', 'guid', true),
    p('result', 'd.result', 'string', true),
    p('resultReason', `''`, 'string'),
    p('activityDisplayName', 'd.activity_display_name', 'string', true),
    p('activityDateTime', 'd.activity_date_time', 'datetime', true),
    p('loggedByService', 'd.logged_by_service', 'string', true),
    p('operationType', 'd.operation_type', 'string', true),
    p('initiatedBy', 'd.initiated_by', 'json'),
    p('targetResources', 'd.target_resources', 'json'),
    p('additionalDetails', 'd.additional_details', 'json'),
    p('initiatedBy/user/id', 'd.initiated_by_user_id', 'guid', true),
    p('initiatedBy/app/appId', `(d.initiated_by->'app'->>'appId')`, 'string', true),
  ],
  defaultSelect: ['id', 'category', 'correlationId', 'result', 'resultReason', 'activityDisplayName', 'activityDateTime', 'loggedByService', 'operationType', 'initiatedBy', 'targetResources', 'additionalDetails'],
  defaultOrder: [],
  orderable: { activityDateTime: { sql: 'd.activity_date_time', cast: 'timestamptz' } },
  searchable: [],
};

export const directoryObjectSpecs = {
  user: userSpec,
  group: groupSpec,
  servicePrincipal: servicePrincipalSpec,
  application: applicationSpec,
  administrativeUnit: administrativeUnitSpec,
} as const;

export type DirectoryObjectType = keyof typeof directoryObjectSpecs;

// PIM (research §2.5). Instants inside JSON values are written as Graph does: whole seconds, "Z".
const isoSql = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const scheduleInfoSql = (a: string) =>
  `jsonb_build_object('startDateTime', ${isoSql(`${a}.start_date_time`)}, 'recurrence', null, 'expiration',
     jsonb_build_object('type', ${a}.expiration_type, 'endDateTime', ${isoSql(`${a}.end_date_time`)}, 'duration', ${a}.duration))`;

const requestProperties = (a: string): PropertySpec[] => [
  p('id', `${a}.id`, 'guid', true),
  p('status', `${a}.status`, 'string', true),
  p('createdDateTime', `${a}.created_date_time`, 'datetime', true),
  p('completedDateTime', `${a}.completed_date_time`, 'datetime', true),
  p('approvalId', `(case when ${a}.status = 'PendingApproval' then ${a}.id::text end)`, 'string'),
  p('customData', 'null::text', 'string'),
  p('action', `${a}.action`, 'string', true),
  p('principalId', `${a}.principal_id`, 'guid', true),
  p('roleDefinitionId', `${a}.role_definition_id`, 'guid', true),
  p('directoryScopeId', `${a}.directory_scope_id`, 'string', true),
  p('appScopeId', 'null::text', 'string', true),
  p('isValidationOnly', `${a}.is_validation_only`, 'boolean'),
  p('targetScheduleId', `${a}.target_schedule_id`, 'string', true),
  p('justification', `${a}.justification`, 'string'),
  p('createdBy', `${a}.created_by`, 'json'),
  p('scheduleInfo', `${a}.schedule_info`, 'json'),
  p('ticketInfo', `${a}.ticket_info`, 'json'),
];

export const roleEligibilityScheduleRequestSpec: EntitySpec = {
  typeName: 'microsoft.graph.unifiedRoleEligibilityScheduleRequest',
  resourceName: 'UnifiedRoleEligibilityScheduleRequest',
  from: `(select * from pim_requests where kind = 'eligibility') rq`,
  key: { sql: 'rq.seq', cast: 'int' },
  properties: requestProperties('rq'),
  defaultOrder: [],
  orderable: { createdDateTime: { sql: 'rq.created_date_time', cast: 'timestamptz' } },
  searchable: [],
};

export const roleAssignmentScheduleRequestSpec: EntitySpec = {
  ...roleEligibilityScheduleRequestSpec,
  typeName: 'microsoft.graph.unifiedRoleAssignmentScheduleRequest',
  resourceName: 'UnifiedRoleAssignmentScheduleRequest',
  from: `(select * from pim_requests where kind = 'assignment') rq`,
};

export const roleEligibilityScheduleSpec: EntitySpec = {
  typeName: 'microsoft.graph.unifiedRoleEligibilitySchedule',
  resourceName: 'UnifiedRoleEligibilitySchedule',
  from: `(select * from pim_schedules where kind = 'eligibility') es`,
  key: { sql: 'es.seq', cast: 'int' },
  properties: [
    p('id', 'es.id', 'string', true, true),
    p('principalId', 'es.principal_id', 'guid', true),
    p('roleDefinitionId', 'es.role_definition_id', 'guid', true),
    p('directoryScopeId', 'es.directory_scope_id', 'string', true),
    p('appScopeId', 'null::text', 'string', true),
    p('createdUsing', 'es.created_using::text', 'string', true),
    p('createdDateTime', 'es.created_date_time', 'datetime', true),
    p('modifiedDateTime', 'es.modified_date_time', 'datetime', true),
    p('status', `'Provisioned'::text`, 'string', true),
    p('memberType', 'es.member_type', 'string', true),
    p('scheduleInfo', scheduleInfoSql('es'), 'json'),
  ],
  defaultOrder: [],
  orderable: {},
  searchable: [],
};

export const roleEligibilityScheduleInstanceSpec: EntitySpec = {
  typeName: 'microsoft.graph.unifiedRoleEligibilityScheduleInstance',
  resourceName: 'UnifiedRoleEligibilityScheduleInstance',
  from: `(select * from pim_schedules where kind = 'eligibility' and started) ei`,
  key: { sql: 'ei.seq', cast: 'int' },
  properties: [
    p('id', 'ei.instance_id', 'string', true, true),
    p('principalId', 'ei.principal_id', 'guid', true),
    p('roleDefinitionId', 'ei.role_definition_id', 'guid', true),
    p('directoryScopeId', 'ei.directory_scope_id', 'string', true),
    p('appScopeId', 'null::text', 'string', true),
    p('startDateTime', 'ei.start_date_time', 'datetime', true),
    p('endDateTime', 'ei.end_date_time', 'datetime', true),
    p('memberType', 'ei.member_type', 'string', true),
    p('roleEligibilityScheduleId', 'ei.id', 'string', true, true),
  ],
  defaultOrder: [],
  orderable: {},
  searchable: [],
};

/**
 * Assignment schedules: PIM's own (current and future) plus one "Assigned", permanent, Direct schedule per plain
 * /roleAssignments row (id = the assignment's id, createdUsing null), as Graph lists assignments made outside PIM.
 */
export const roleAssignmentScheduleSpec: EntitySpec = {
  typeName: 'microsoft.graph.unifiedRoleAssignmentSchedule',
  resourceName: 'UnifiedRoleAssignmentSchedule',
  from: `(select s.id, s.principal_id, s.role_definition_id, s.directory_scope_id, s.created_using::text as created_using, s.created_date_time,
                 s.modified_date_time, s.member_type, s.assignment_type, s.start_date_time, s.end_date_time, s.expiration_type, s.duration
            from pim_schedules s where s.kind = 'assignment'
          union all
          select ra.id, ra.principal_id, ra.role_definition_id, ra.directory_scope_id, null, null, null, 'Direct', 'Assigned', null, null, 'noExpiration', null
            from role_assignments ra where not exists (select 1 from pim_schedules s where s.role_assignment_id = ra.id)) asg`,
  key: { sql: 'asg.id', cast: 'text' },
  properties: [
    p('id', 'asg.id', 'string', true, true),
    p('principalId', 'asg.principal_id', 'guid', true),
    p('roleDefinitionId', 'asg.role_definition_id', 'guid', true),
    p('directoryScopeId', 'asg.directory_scope_id', 'string', true),
    p('appScopeId', 'null::text', 'string', true),
    p('createdUsing', 'asg.created_using', 'string', true),
    p('createdDateTime', 'asg.created_date_time', 'datetime', true),
    p('modifiedDateTime', 'asg.modified_date_time', 'datetime', true),
    p('status', `'Provisioned'::text`, 'string', true),
    p('memberType', 'asg.member_type', 'string', true),
    p('assignmentType', 'asg.assignment_type', 'string', true),
    p('scheduleInfo', scheduleInfoSql('asg'), 'json'),
  ],
  defaultOrder: [],
  orderable: {},
  searchable: [],
};

/** Assignment instances: one per /roleAssignments row (same id), with its PIM schedule's times when it has one. */
export const roleAssignmentScheduleInstanceSpec: EntitySpec = {
  typeName: 'microsoft.graph.unifiedRoleAssignmentScheduleInstance',
  resourceName: 'UnifiedRoleAssignmentScheduleInstance',
  from: `(select ra.id, ra.seq, ra.principal_id, ra.role_definition_id, ra.directory_scope_id, coalesce(s.id, ra.id) as schedule_id,
                 s.start_date_time, s.end_date_time, coalesce(s.assignment_type, 'Assigned') as assignment_type,
                 coalesce(s.member_type, 'Direct') as member_type
            from role_assignments ra left join pim_schedules s on s.role_assignment_id = ra.id) ai`,
  key: { sql: 'ai.seq', cast: 'int' },
  properties: [
    p('id', 'ai.id', 'string', true, true),
    p('principalId', 'ai.principal_id', 'guid', true),
    p('roleDefinitionId', 'ai.role_definition_id', 'guid', true),
    p('directoryScopeId', 'ai.directory_scope_id', 'string', true),
    p('appScopeId', 'null::text', 'string', true),
    p('startDateTime', 'ai.start_date_time', 'datetime', true),
    p('endDateTime', 'ai.end_date_time', 'datetime', true),
    p('assignmentType', 'ai.assignment_type', 'string', true),
    p('memberType', 'ai.member_type', 'string', true),
    p('roleAssignmentOriginId', 'ai.id', 'string', true, true),
    p('roleAssignmentScheduleId', 'ai.schedule_id', 'string', true, true),
  ],
  defaultOrder: [],
  orderable: {},
  searchable: [],
};
