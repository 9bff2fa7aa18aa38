import { z } from 'zod';

// The minimal Graph v1.0 shapes the domain rules read. lib/graph/schemas.ts parses Graph's full responses;
// these stay structurally compatible with them, so its types can be passed in unchanged.

export const rolePermissionInputSchema = z.object({
  allowedResourceActions: z.array(z.string()),
});

export const roleDefinitionInputSchema = z.object({
  id: z.guid(),
  templateId: z.guid().nullish(),
  displayName: z.string(),
  isBuiltIn: z.boolean(),
  rolePermissions: z.array(rolePermissionInputSchema),
});
export type RoleDefinitionInput = z.infer<typeof roleDefinitionInputSchema>;

/** What the scope and privilege rules need to know about a role: no name required. */
export type RoleRuleInput = Pick<RoleDefinitionInput, 'id' | 'templateId' | 'isBuiltIn' | 'rolePermissions'>;

export const roleAssignmentInputSchema = z.object({
  id: z.string(),
  roleDefinitionId: z.guid(),
  principalId: z.guid(),
  directoryScopeId: z.string(),
});
export type RoleAssignmentInput = z.infer<typeof roleAssignmentInputSchema>;

export const groupInputSchema = z.object({
  id: z.guid(),
  displayName: z.string(),
  isAssignableToRole: z.boolean().nullish(),
});
export type GroupInput = z.infer<typeof groupInputSchema>;

/** Graph ids are GUIDs that may arrive in either case; compare and index them lower-cased. */
export function idKey(id: string): string {
  return id.toLowerCase();
}

/** The id that names a role across tenants: the template id, or the definition id when there is none. */
export function roleTemplateId(role: Pick<RoleDefinitionInput, 'id' | 'templateId'>): string {
  return role.templateId ?? role.id;
}
