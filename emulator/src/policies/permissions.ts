import { wellKnownRoles } from '../seed/catalog';

/**
 * Who may read and change PIM role settings (https://learn.microsoft.com/graph/api/policyroot-list-rolemanagementpolicyassignments,
 * https://learn.microsoft.com/graph/api/unifiedrolemanagementpolicyrule-update). Delegated callers also need an Entra
 * role at tenant scope (https://learn.microsoft.com/graph/api/resources/privilegedidentitymanagementv3-overview).
 */
export const policyPermissions = {
  read: [
    'RoleManagementPolicy.Read.Directory', 'RoleManagement.Read.Directory', 'RoleManagement.Read.All',
    'RoleManagementPolicy.ReadWrite.Directory', 'RoleManagement.ReadWrite.Directory',
  ],
  // Graph's page lists no application permission for updating a rule; the emulator accepts these for apps too.
  write: ['RoleManagementPolicy.ReadWrite.Directory', 'RoleManagement.ReadWrite.Directory'],
} as const;

/** Entra roles that let a delegated caller read role settings. */
export const policyReaderRoles = [
  wellKnownRoles.globalAdministrator,
  wellKnownRoles.privilegedRoleAdministrator,
  wellKnownRoles.globalReader,
  wellKnownRoles.securityAdministrator,
  wellKnownRoles.securityReader,
  wellKnownRoles.securityOperator,
] as const;

/** Entra roles that let a delegated caller change role settings. */
export const policyWriterRoles = [wellKnownRoles.globalAdministrator, wellKnownRoles.privilegedRoleAdministrator] as const;
