// The demo tenant as tests and tools know it (emulator/README.md, "Demo accounts" and "Automation credentials";
// emulator/CONTRACT.md for the defaults): its id, the two app registrations, the accounts stories sign in as, and
// the built-in roles they name. Stated once here, read by vitest (tests/), Playwright (e2e/) and the plain Node
// scripts (scripts/bench, scripts/guides), which is why it is JavaScript with its types beside it (demo-tenant.d.mts).
// The emulator keeps its own copy in its seed on purpose: two readings of one contract catch each other's mistakes.

export const tenantId = 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f';

/** The portal's app registration (a public SPA client) and the redirect URI `npm run dev` uses. */
export const portalClient = {
  clientId: '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3',
  redirectUri: 'http://localhost:3000/auth/redirect',
};

/** "Contoso Automation": a confidential client with RoleManagement.ReadWrite.Directory and Directory.Read.All. */
export const automationClient = {
  clientId: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f',
  clientSecret: 'contoso-automation-secret',
};

/** Accounts the stories and tools sign in as, by the role that makes each one interesting. */
export const accounts = {
  privilegedRoleAdministrator: { displayName: 'Patti Fernandez', upn: 'PattiF@contoso.onmicrosoft.com' },
  globalAdministrator: { displayName: 'Megan Bowen', upn: 'MeganB@contoso.onmicrosoft.com' },
  globalReader: { displayName: 'Isaiah Langer', upn: 'IsaiahL@contoso.onmicrosoft.com' },
  noAdminRole: { displayName: 'Alex Wilber', upn: 'AlexW@contoso.onmicrosoft.com' },
  helpdeskGroupMember: { displayName: 'Diego Siciliani', upn: 'DiegoS@contoso.onmicrosoft.com' },
};

// Built-in role template ids (public, the same in every tenant: Entra's permissions reference).
export const builtInRoles = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  usageSummaryReportsReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
};

/**
 * The demo tenant's PIM seed (emulator/CONTRACT.md, "PIM"): times are days from the emulator's PIM clock at seed
 * time (`GET /_emulator/clock`), `endDays` null = permanent. `eligible`: in roleEligibilitySchedules/Instances only;
 * `active`: an Assigned, time-bound assignment, also in /roleAssignments; `expired`: only its adminAssign request
 * (status Provisioned, end in the past) remains. Seeded requests carry `justification`.
 */
export const pimSeed = {
  justification: 'Seeded by the demo tenant',
  items: {
    leeEligibleGlobalAdministrator: {
      state: 'eligible', principalType: 'user', displayName: 'Lee Gu', upn: 'LeeG@contoso.onmicrosoft.com',
      roleDefinitionId: builtInRoles.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', startDays: -30, endDays: null,
    },
    alexEligibleUserAdministrator: {
      state: 'eligible', principalType: 'user', displayName: 'Alex Wilber', upn: 'AlexW@contoso.onmicrosoft.com',
      roleDefinitionId: builtInRoles.userAdministrator, roleName: 'User Administrator', directoryScopeId: '/', startDays: -10, endDays: 90,
    },
    appAdminsGroupEligibleApplicationAdministrator: {
      state: 'eligible', principalType: 'group', displayName: 'Contoso_App_Admins', upn: null,
      members: [{ displayName: 'Pradeep Gupta', upn: 'PradeepG@contoso.onmicrosoft.com' }, { displayName: 'Lidia Holloway', upn: 'LidiaH@contoso.onmicrosoft.com' }],
      roleDefinitionId: builtInRoles.applicationAdministrator, roleName: 'Application Administrator', directoryScopeId: '/', startDays: -45, endDays: null,
    },
    johannaEligibleSecurityAdministrator: {
      state: 'eligible', principalType: 'user', displayName: 'Johanna Lorenz', upn: 'JohannaL@contoso.onmicrosoft.com',
      roleDefinitionId: builtInRoles.securityAdministrator, roleName: 'Security Administrator', directoryScopeId: '/', startDays: -20, endDays: 10,
    },
    joniActiveReportsReader: {
      state: 'active', principalType: 'user', displayName: 'Joni Sherman', upn: 'JoniS@contoso.onmicrosoft.com',
      roleDefinitionId: builtInRoles.reportsReader, roleName: 'Reports Reader', directoryScopeId: '/', startDays: -30, endDays: 5,
    },
    gradyExpiredMessageCenterReader: {
      state: 'expired', principalType: 'user', displayName: 'Grady Archie', upn: 'GradyA@contoso.onmicrosoft.com',
      roleDefinitionId: builtInRoles.messageCenterReader, roleName: 'Message Center Reader', directoryScopeId: '/', startDays: -33, endDays: -3,
    },
  },
};
