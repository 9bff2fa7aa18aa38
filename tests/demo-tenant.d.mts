// Types for demo-tenant.mjs (plain JavaScript so that scripts run by `node` can import it too).
export const tenantId: string;
export const portalClient: { readonly clientId: string; readonly redirectUri: string };
export const automationClient: { readonly clientId: string; readonly clientSecret: string };

export type Account = { displayName: string; upn: string };
export const accounts: {
  readonly privilegedRoleAdministrator: Account;
  readonly globalAdministrator: Account;
  readonly globalReader: Account;
  readonly noAdminRole: Account;
  readonly helpdeskGroupMember: Account;
};

export const builtInRoles: {
  readonly globalAdministrator: string;
  readonly privilegedRoleAdministrator: string;
  readonly globalReader: string;
  readonly helpdeskAdministrator: string;
  readonly userAdministrator: string;
  readonly exchangeAdministrator: string;
  readonly messageCenterReader: string;
  readonly reportsReader: string;
  readonly directoryReaders: string;
  readonly usageSummaryReportsReader: string;
  readonly applicationAdministrator: string;
  readonly securityAdministrator: string;
};

export type PimSeedItem = {
  readonly state: 'eligible' | 'active' | 'expired';
  readonly principalType: 'user' | 'group';
  readonly displayName: string;
  /** null for a group. */
  readonly upn: string | null;
  /** A group's members, who may activate its eligibility. */
  readonly members?: readonly Account[];
  readonly roleDefinitionId: string;
  readonly roleName: string;
  readonly directoryScopeId: string;
  /** Days from the PIM clock at seed time. */
  readonly startDays: number;
  /** Days from the PIM clock at seed time; null = permanent. */
  readonly endDays: number | null;
};
export const pimSeed: {
  readonly justification: string;
  readonly items: {
    readonly leeEligibleGlobalAdministrator: PimSeedItem;
    readonly alexEligibleUserAdministrator: PimSeedItem;
    readonly appAdminsGroupEligibleApplicationAdministrator: PimSeedItem;
    readonly johannaEligibleSecurityAdministrator: PimSeedItem;
    readonly joniActiveReportsReader: PimSeedItem;
    readonly gradyExpiredMessageCenterReader: PimSeedItem;
  };
};
