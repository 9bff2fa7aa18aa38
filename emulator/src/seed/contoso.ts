import { wellKnownRoles as roles } from './catalog';
import { idFor } from './ids';
import { contosoPimItems } from './pim';
import type { TenantSeed } from './tenant';

export const tenantDomain = 'contoso.onmicrosoft.com';

export type ContosoOptions = { tenantId: string; portalClientId: string; portalRedirectUris: string[]; automationClientId: string };

/** Microsoft's demo-tenant people the portal's tests name (CONTRACT.md); alias = UPN prefix. */
const people: Array<[alias: string, name: string, jobTitle: string | null, department: string | null, office: string | null]> = [
  ['admin', 'MOD Administrator', null, null, null],
  ['MeganB', 'Megan Bowen', 'Marketing Manager', 'Marketing', 'Seattle'],
  ['AdeleV', 'Adele Vance', 'Retail Manager', 'Retail', 'Seattle'],
  ['AlexW', 'Alex Wilber', 'Marketing Assistant', 'Marketing', 'Seattle'],
  ['DiegoS', 'Diego Siciliani', 'HR Manager', 'HR', 'Seattle'],
  ['IsaiahL', 'Isaiah Langer', 'Sales Rep', 'Sales', 'Seattle'],
  ['JohannaL', 'Johanna Lorenz', 'Senior Engineer', 'Engineering', 'Seattle'],
  ['JoniS', 'Joni Sherman', 'Paralegal', 'Legal', 'Seattle'],
  ['LeeG', 'Lee Gu', 'Director', 'Manufacturing', 'Seattle'],
  ['LidiaH', 'Lidia Holloway', 'Product Manager', 'Engineering', 'Seattle'],
  ['LynneR', 'Lynne Robbins', 'Planner', 'Retail', 'Seattle'],
  ['MiriamG', 'Miriam Graham', 'Director', 'Sales & Marketing', 'Seattle'],
  ['NestorW', 'Nestor Wilke', 'Director', 'Operations', 'Seattle'],
  ['PattiF', 'Patti Fernandez', 'President', 'Executive Management', 'Seattle'],
  ['PradeepG', 'Pradeep Gupta', 'Accountant II', 'Finance', 'London'],
  ['GradyA', 'Grady Archie', 'Designer', 'R&D', 'London'],
  ['HenriettaM', 'Henrietta Mueller', 'Developer', 'R&D', 'London'],
  ['IrvinS', 'Irvin Sayers', 'Director', 'R&D', 'London'],
  ['ChristieC', 'Christie Cline', 'Buyer', 'Sales', 'London'],
  ['EnricoC', 'Enrico Cattaneo', 'Attorney', 'Legal', 'London'],
  ['ShannonO', "Shannon O'Brien", 'Support Engineer', 'Customer Support', 'London'],
];

/** More ordinary members so lists page and pickers search; deterministic, never role holders. */
const extraPeople: Array<[string, string]> = [
  ['Allan', 'Deyoung'], ['Ben', 'Walters'], ['Brian', 'Johnson'], ['Cameron', 'White'], ['Debra', 'Berger'],
  ['Delia', 'Dennis'], ['Emily', 'Braun'], ['Gerhart', 'Moller'], ['Jordan', 'Miller'], ['Mariya', 'Zakharova'],
  ['Raul', 'Razo'], ['Sarah', 'Kirk'], ['Tomas', 'Novak'], ['Aiko', 'Sato'], ['Bianca', 'Rossi'],
  ['Carlos', 'Mendez'], ['Dana', 'Whitfield'], ['Elena', 'Petrova'], ['Farah', 'Haddad'], ['Gustav', 'Lindqvist'],
  ['Hannah', 'Okafor'], ['Ivan', 'Horvat'], ['Jasmine', 'Patel'], ['Kai', 'Nakamura'], ['Laura', 'Becker'],
  ['Marco', 'Ferrari'], ['Nadia', 'Kowalski'], ['Oscar', 'Lindgren'], ['Priya', 'Raman'], ['Quentin', 'Dubois'],
  ['Rosa', 'Alvarez'], ['Samuel', 'Osei'], ['Tara', 'Murphy'], ['Victor', 'Chen'],
];
const extraJobs: Array<[string, string, string]> = [
  ['Sales Rep', 'Sales', 'Seattle'], ['Software Engineer', 'Engineering', 'Seattle'], ['Accountant', 'Finance', 'London'],
  ['Support Engineer', 'Customer Support', 'London'], ['Marketing Specialist', 'Marketing', 'Seattle'],
  ['Software Engineer', 'Engineering', 'London'], ['Buyer', 'Retail', 'Seattle'],
];

const guests: Array<[local: string, domain: string, name: string]> = [
  ['ravi.kumar', 'fabrikam.com', 'Ravi Kumar'],
  ['ana.silva', 'fabrikam.com', 'Ana Silva'],
  ['kenji.tanaka', 'tailspintoys.com', 'Kenji Tanaka'],
  ['olivia.chen', 'northwindtraders.com', 'Olivia Chen'],
  ['lukas.weber', 'adatum.com', 'Lukas Weber'],
];

/** Fixed instants (no clock): object n was created n days after 2024-01-08 09:00 UTC. */
const createdAt = (n: number) => new Date(Date.UTC(2024, 0, 8, 9, 0, 0) + n * 86_400_000).toISOString();

export const contosoIds = {
  user: (alias: string) => idFor(`user:${alias.toLowerCase()}`),
  group: (name: string) => idFor(`group:${name}`),
  application: (name: string) => idFor(`application:${name}`),
  servicePrincipal: (name: string) => idFor(`servicePrincipal:${name}`),
  administrativeUnit: (name: string) => idFor(`administrativeUnit:${name}`),
  customRole: (name: string) => idFor(`roleDefinition:${name}`),
};

export const automationServicePrincipalId = contosoIds.servicePrincipal('Contoso Automation');

/**
 * The Contoso demo tenant of CONTRACT.md: same input, same rows, same ids. PIM's times are relative to `now`, the
 * PIM clock at seed time (fixed in deterministic mode).
 */
export function contosoTenant(options: ContosoOptions, now: Date = new Date()): TenantSeed {
  const ids = contosoIds;
  const users: TenantSeed['users'] = [];
  people.forEach(([alias, name, jobTitle, department, office], i) => {
    const [given, ...rest] = name.split(' ');
    const isAdmin = alias === 'admin';
    users.push({
      id: ids.user(alias),
      display_name: name,
      given_name: isAdmin ? 'MOD' : (given ?? null),
      surname: isAdmin ? 'Administrator' : rest.join(' ') || null,
      user_principal_name: `${alias}@${tenantDomain}`,
      mail: `${alias}@${tenantDomain}`,
      mail_nickname: alias,
      job_title: jobTitle,
      department,
      office_location: office,
      company_name: isAdmin ? null : 'Contoso',
      mobile_phone: null,
      business_phones: isAdmin ? [] : [`+1 425 555 01${String(i).padStart(2, '0')}`],
      preferred_language: 'en-US',
      usage_location: office === 'London' ? 'GB' : 'US',
      account_enabled: true,
      user_type: 'Member',
      created_date_time: createdAt(i),
    });
  });
  extraPeople.forEach(([given, surname], i) => {
    const alias = `${given}${surname.charAt(0)}`;
    const [jobTitle, department, office] = extraJobs[i % extraJobs.length] as [string, string, string];
    users.push({
      id: ids.user(alias),
      display_name: `${given} ${surname}`,
      given_name: given,
      surname,
      user_principal_name: `${alias}@${tenantDomain}`,
      mail: `${alias}@${tenantDomain}`,
      mail_nickname: alias,
      job_title: jobTitle,
      department,
      office_location: office,
      company_name: 'Contoso',
      mobile_phone: null,
      business_phones: [],
      preferred_language: 'en-US',
      usage_location: office === 'London' ? 'GB' : 'US',
      // One disabled account, as every real tenant has a leaver or two.
      account_enabled: alias !== 'JordanM',
      user_type: 'Member',
      created_date_time: createdAt(30 + i),
    });
  });
  guests.forEach(([local, domain, name], i) => {
    const [given, ...rest] = name.split(' ');
    const mailNickname = `${local}_${domain}#EXT#`;
    users.push({
      id: ids.user(mailNickname),
      display_name: name,
      given_name: given ?? null,
      surname: rest.join(' ') || null,
      user_principal_name: `${mailNickname}@${tenantDomain}`,
      mail: `${local}@${domain}`,
      mail_nickname: mailNickname,
      job_title: null,
      department: null,
      office_location: null,
      company_name: null,
      mobile_phone: null,
      business_phones: [],
      preferred_language: null,
      usage_location: null,
      account_enabled: true,
      user_type: 'Guest',
      created_date_time: createdAt(80 + i),
    });
  });
  const userId = (alias: string) => ids.user(alias);
  const guestId = (local: string, domain: string) => ids.user(`${local}_${domain}#EXT#`);
  const members = users.filter((u) => u.user_type === 'Member');
  const inDepartment = (...departments: string[]) => members.filter((u) => u.department && departments.includes(u.department)).map((u) => u.id);

  const group = (
    n: number,
    name: string,
    kind: 'roleAssignable' | 'security' | 'unified' | 'dynamic',
    description: string,
    nickname = name.replace(/[^A-Za-z0-9]/g, ''),
  ): TenantSeed['groups'][number] => ({
    id: ids.group(name),
    display_name: name,
    description,
    mail: kind === 'unified' ? `${nickname}@${tenantDomain}` : null,
    mail_enabled: kind === 'unified',
    mail_nickname: nickname,
    security_enabled: kind !== 'unified',
    is_assignable_to_role: kind === 'roleAssignable',
    group_types: kind === 'unified' ? ['Unified'] : kind === 'dynamic' ? ['DynamicMembership'] : [],
    membership_rule: kind === 'dynamic' ? '(user.userType -eq "Guest")' : null,
    membership_rule_processing_state: kind === 'dynamic' ? 'On' : null,
    visibility: kind === 'unified' ? 'Public' : kind === 'roleAssignable' ? 'Private' : null,
    created_date_time: createdAt(90 + n),
  });
  const groups: TenantSeed['groups'] = [
    group(0, 'Contoso_Helpdesk_Administrators', 'roleAssignable', 'Helpdesk Administrators of Contoso (role-assignable).'),
    group(1, 'Contoso_Security_Readers', 'roleAssignable', 'Security Readers of Contoso (role-assignable).'),
    group(2, 'Contoso_App_Admins', 'roleAssignable', 'Application administrators, no role yet (role-assignable).'),
    group(3, 'Sales and Marketing', 'unified', 'Sales and Marketing team.', 'SalesAndMarketing'),
    group(4, 'Engineering', 'security', 'Everyone in Engineering and R&D.'),
    group(5, 'All Company', 'unified', 'This is the default group for everyone in the network.', 'allcompany'),
    group(6, 'Finance', 'security', 'Finance department.'),
    group(7, 'Legal Team', 'unified', 'Legal and compliance.', 'legalteam'),
    group(8, 'Retail', 'security', 'Retail stores staff.'),
    group(9, 'All Guests', 'dynamic', 'Every guest user (dynamic membership).', 'allguests'),
  ];
  const groupMembers: TenantSeed['groupMembers'] = [];
  const addMembers = (groupName: string, memberIds: string[]) => {
    for (const member of memberIds) groupMembers.push({ group_id: ids.group(groupName), member_id: member });
  };
  addMembers('Contoso_Helpdesk_Administrators', ['DiegoS', 'LynneR', 'GradyA'].map(userId));
  addMembers('Contoso_Security_Readers', ['NestorW', 'JoniS', 'ChristieC'].map(userId));
  addMembers('Contoso_App_Admins', ['PradeepG', 'LidiaH'].map(userId));
  addMembers('Sales and Marketing', [...inDepartment('Sales', 'Marketing', 'Sales & Marketing')]);
  addMembers('Engineering', inDepartment('Engineering', 'R&D'));
  addMembers('All Company', members.map((u) => u.id));
  addMembers('Finance', inDepartment('Finance'));
  addMembers('Legal Team', inDepartment('Legal'));
  addMembers('Retail', inDepartment('Retail'));
  addMembers('All Guests', users.filter((u) => u.user_type === 'Guest').map((u) => u.id));
  // An ordinary group may contain groups (only role-assignable ones may not).
  addMembers('All Company', [ids.group('Engineering')]);

  const apps: Array<[name: string, appId: string, description: string]> = [
    ['Roles Portal', options.portalClientId, 'Admin portal for Microsoft Entra role assignments.'],
    ['Contoso Automation', options.automationClientId, 'Scripts that manage role assignments (client credentials).'],
    ['Contoso Expenses', idFor('appId:Contoso Expenses'), 'Expense reports.'],
    ['Contoso HR Portal', idFor('appId:Contoso HR Portal'), 'Human resources self-service.'],
    ['Project Tracker', idFor('appId:Project Tracker'), 'Project planning and tracking.'],
    ['Contoso Mobile', idFor('appId:Contoso Mobile'), 'The Contoso mobile app.'],
  ];
  const applications: TenantSeed['applications'] = apps.map(([name, appId, description], i) => ({
    id: ids.application(name),
    app_id: appId,
    display_name: name,
    description,
    sign_in_audience: 'AzureADMyOrg',
    publisher_domain: tenantDomain,
    identifier_uris: [],
    spa_redirect_uris: name === 'Roles Portal' ? options.portalRedirectUris : [],
    web_redirect_uris: name === 'Contoso HR Portal' ? ['https://hr.contoso.com/signin-oidc'] : [],
    created_date_time: createdAt(100 + i),
  }));
  const servicePrincipals: TenantSeed['servicePrincipals'] = apps.map(([name, appId]) => ({
    id: ids.servicePrincipal(name),
    app_id: appId,
    application_id: ids.application(name),
    display_name: name,
    app_display_name: name,
    app_owner_organization_id: options.tenantId,
    service_principal_type: 'Application',
    account_enabled: true,
    service_principal_names: [appId],
    tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
  }));
  // Microsoft Graph's own service principal, present in every tenant (its app lives in Microsoft's tenant).
  servicePrincipals.push({
    id: ids.servicePrincipal('Microsoft Graph'),
    app_id: '00000003-0000-0000-c000-000000000000',
    application_id: null,
    display_name: 'Microsoft Graph',
    app_display_name: 'Microsoft Graph',
    app_owner_organization_id: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
    service_principal_type: 'Application',
    account_enabled: true,
    service_principal_names: ['00000003-0000-0000-c000-000000000000', 'https://graph.microsoft.com'],
    tags: [],
  });

  const administrativeUnits: TenantSeed['administrativeUnits'] = [
    { id: ids.administrativeUnit('Seattle'), display_name: 'Seattle', description: 'Users in the Seattle office.', visibility: null },
    { id: ids.administrativeUnit('London'), display_name: 'London', description: 'Users in the London office.', visibility: null },
    { id: ids.administrativeUnit('Engineering Department'), display_name: 'Engineering Department', description: 'Engineering and R&D.', visibility: null },
  ];
  const administrativeUnitMembers: TenantSeed['administrativeUnitMembers'] = [];
  const addUnitMembers = (unit: string, memberIds: string[]) => {
    for (const member of memberIds) administrativeUnitMembers.push({ administrative_unit_id: ids.administrativeUnit(unit), member_id: member });
  };
  addUnitMembers('Seattle', members.filter((u) => u.office_location === 'Seattle' && u.id !== userId('LeeG')).map((u) => u.id));
  addUnitMembers('London', members.filter((u) => u.office_location === 'London').map((u) => u.id));
  addUnitMembers('Engineering Department', [...inDepartment('Engineering', 'R&D'), ids.group('Engineering')]);

  const customRoles: TenantSeed['customRoles'] = [
    {
      id: ids.customRole('Contoso Helpdesk Tier 1'),
      display_name: 'Contoso Helpdesk Tier 1',
      description: 'Can reset passwords and manage group membership of non-administrators.',
      allowed_resource_actions: [
        'microsoft.directory/users/password/update',
        'microsoft.directory/users/invalidateAllRefreshTokens',
        'microsoft.directory/users/standard/read',
        'microsoft.directory/groups/members/update',
      ],
    },
    {
      id: ids.customRole('Contoso App Credential Manager'),
      display_name: 'Contoso App Credential Manager',
      description: 'Can manage credentials and owners of app registrations.',
      allowed_resource_actions: [
        'microsoft.directory/applications/credentials/update',
        'microsoft.directory/applications/owners/update',
        'microsoft.directory/applications/allProperties/read',
      ],
    },
    {
      id: ids.customRole('Contoso Audit Reader'),
      display_name: 'Contoso Audit Reader',
      description: 'Can read audit and sign-in logs.',
      allowed_resource_actions: ['microsoft.directory/auditLogs/allProperties/read', 'microsoft.directory/signInReports/allProperties/read'],
    },
  ];

  const au = (name: string) => `/administrativeUnits/${ids.administrativeUnit(name)}`;
  const app = (name: string) => `/${ids.application(name)}`;
  const assignments: TenantSeed['assignments'] = [
    [roles.globalAdministrator, userId('MeganB'), '/'],
    [roles.globalAdministrator, userId('admin'), '/'],
    [roles.privilegedRoleAdministrator, userId('PattiF'), '/'],
    [roles.globalReader, userId('IsaiahL'), '/'],
    [roles.helpdeskAdministrator, ids.group('Contoso_Helpdesk_Administrators'), '/'],
    [roles.securityReader, ids.group('Contoso_Security_Readers'), '/'],
    [roles.userAdministrator, userId('LeeG'), au('Seattle')],
    [roles.applicationAdministrator, userId('AdeleV'), app('Contoso Expenses')],
    [roles.helpdeskAdministrator, guestId('ravi.kumar', 'fabrikam.com'), au('London')],
    [roles.licenseAdministrator, userId('ChristieC'), au('London')],
    [roles.exchangeAdministrator, userId('MiriamG'), '/'],
    [roles.teamsAdministrator, userId('NestorW'), '/'],
    [roles.billingAdministrator, userId('PradeepG'), '/'],
    [roles.securityAdministrator, userId('IrvinS'), '/'],
    [roles.complianceAdministrator, userId('EnricoC'), '/'],
    [roles.directoryReaders, ids.servicePrincipal('Contoso HR Portal'), '/'],
    [ids.customRole('Contoso Helpdesk Tier 1'), userId('JohannaL'), au('Engineering Department')],
    [ids.customRole('Contoso App Credential Manager'), userId('HenriettaM'), app('Project Tracker')],
    [ids.customRole('Contoso Audit Reader'), userId('JoniS'), '/'],
  ].map(([role_definition_id, principal_id, directory_scope_id]) => ({
    role_definition_id: role_definition_id as string,
    principal_id: principal_id as string,
    directory_scope_id: directory_scope_id as string,
  }));

  const pim = { items: contosoPimItems(ids), now, createdByUserId: userId('admin') };
  return { users, groups, applications, servicePrincipals, administrativeUnits, groupMembers, administrativeUnitMembers, customRoles, assignments, pim };
}
