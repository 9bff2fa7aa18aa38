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
};
