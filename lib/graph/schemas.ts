import { z } from 'zod';

// Every Graph response is parsed here, at the boundary, and every type in lib/graph is inferred from these
// schemas. Objects are not strict (Graph adds properties; unknown keys are dropped), but the properties we use are
// typed exactly, so a drifting tenant or emulator fails loudly instead of rendering `undefined`.
// Properties Graph may omit under `$select` or leave null are `.nullish()`.

const guid = z.guid();
const text = z.string().nullish();

export const graphErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().optional(),
    innerError: z
      .object({ 'request-id': z.string().optional(), 'client-request-id': z.string().optional(), date: z.string().optional() })
      .optional(),
  }),
});

export const collectionPageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
  '@odata.count': z.number().int().optional(),
});

export const batchResponseSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
});

// A directoryObject as it appears in principal, member and memberOf positions: user, group or service principal.
export const directoryObjectSchema = z.object({
  '@odata.type': z.string().optional(),
  id: guid,
  displayName: text,
  userPrincipalName: text,
  mail: text,
  appId: z.guid().nullish(),
  userType: text,
  isAssignableToRole: z.boolean().nullish(),
  servicePrincipalType: text,
});
export type DirectoryObject = z.infer<typeof directoryObjectSchema>;

export const rolePermissionSchema = z.object({
  allowedResourceActions: z.array(z.string()),
  condition: text,
});

export const roleDefinitionSchema = z.object({
  id: guid,
  displayName: z.string(),
  description: text,
  isBuiltIn: z.boolean(),
  isEnabled: z.boolean(),
  templateId: z.guid().nullish(),
  version: text,
  rolePermissions: z.array(rolePermissionSchema),
});
export type RoleDefinition = z.infer<typeof roleDefinitionSchema>;
export const roleDefinitionFields = [
  'id', 'displayName', 'description', 'isBuiltIn', 'isEnabled', 'templateId', 'version', 'rolePermissions',
] as const;

export const roleAssignmentSchema = z.object({
  id: z.string().min(1), // not a GUID: Graph assignment ids are opaque
  roleDefinitionId: guid,
  principalId: guid,
  directoryScopeId: z.string(), // "/", "/administrativeUnits/{id}" or "/{objectId}"
  principal: directoryObjectSchema.nullish(),
  // With `$expand=directoryScope`: the administrative unit or application the assignment is scoped to (null at "/").
  directoryScope: z.object({ id: guid, displayName: text }).nullish(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const userSchema = z.object({
  id: guid,
  displayName: text,
  userPrincipalName: z.string(),
  mail: text,
  userType: text,
  accountEnabled: z.boolean().nullish(),
  jobTitle: text,
  department: text,
});
export type User = z.infer<typeof userSchema>;
export const userFields = [
  'id', 'displayName', 'userPrincipalName', 'mail', 'userType', 'accountEnabled', 'jobTitle', 'department',
] as const;

export const groupSchema = z.object({
  id: guid,
  displayName: z.string(),
  description: text,
  mailNickname: text,
  isAssignableToRole: z.boolean().nullish(),
  securityEnabled: z.boolean().nullish(),
  mailEnabled: z.boolean().nullish(),
  groupTypes: z.array(z.string()).nullish(),
});
export type Group = z.infer<typeof groupSchema>;
export const groupFields = [
  'id', 'displayName', 'description', 'mailNickname', 'isAssignableToRole', 'securityEnabled', 'mailEnabled', 'groupTypes',
] as const;

export const memberOfGroupSchema = groupSchema.pick({ id: true, displayName: true, isAssignableToRole: true });
export type MemberOfGroup = z.infer<typeof memberOfGroupSchema>;

export const applicationSchema = z.object({
  id: guid, // the application object id: the one app-scoped assignments use ("/{id}")
  appId: guid,
  displayName: z.string(),
  description: text,
  signInAudience: text,
  createdDateTime: text,
});
export type Application = z.infer<typeof applicationSchema>;
export const applicationFields = ['id', 'appId', 'displayName', 'description', 'signInAudience', 'createdDateTime'] as const;

export const servicePrincipalSchema = z.object({
  id: guid,
  appId: guid,
  displayName: z.string(),
  servicePrincipalType: text,
  appOwnerOrganizationId: z.guid().nullish(),
  accountEnabled: z.boolean().nullish(),
});
export type ServicePrincipal = z.infer<typeof servicePrincipalSchema>;
export const servicePrincipalFields = [
  'id', 'appId', 'displayName', 'servicePrincipalType', 'appOwnerOrganizationId', 'accountEnabled',
] as const;

export const administrativeUnitSchema = z.object({
  id: guid,
  displayName: z.string(),
  description: text,
  visibility: text,
});
export type AdministrativeUnit = z.infer<typeof administrativeUnitSchema>;
export const administrativeUnitFields = ['id', 'displayName', 'description', 'visibility'] as const;

export const scopedRoleMembershipSchema = z.object({
  id: z.string().min(1),
  administrativeUnitId: guid,
  roleId: guid,
  roleMemberInfo: z.object({ id: guid, displayName: text, userPrincipalName: text }),
});
export type ScopedRoleMembership = z.infer<typeof scopedRoleMembershipSchema>;

export const directoryAuditSchema = z.object({
  id: z.string(),
  activityDateTime: z.string(),
  activityDisplayName: z.string(),
  category: text,
  correlationId: text,
  loggedByService: text,
  operationType: text,
  result: text,
  resultReason: text,
  initiatedBy: z.object({
    user: z.object({ id: text, displayName: text, userPrincipalName: text, ipAddress: text }).nullish(),
    app: z.object({ appId: text, displayName: text, servicePrincipalId: text, servicePrincipalName: text }).nullish(),
  }),
  targetResources: z.array(
    z.object({
      id: text,
      displayName: text,
      type: text,
      userPrincipalName: text,
      modifiedProperties: z
        .array(z.object({ displayName: text, oldValue: text, newValue: text }))
        .nullish(),
    }),
  ),
  additionalDetails: z.array(z.object({ key: text, value: text })).nullish(),
});
export type DirectoryAudit = z.infer<typeof directoryAuditSchema>;

export const meSchema = userSchema.pick({ id: true, displayName: true, userPrincipalName: true, mail: true });
export type Me = z.infer<typeof meSchema>;
export const meFields = ['id', 'displayName', 'userPrincipalName', 'mail'] as const;
