import { z } from 'zod';

// The minimal Graph v1.0 shapes the domain rules read, as zod schemas. lib/graph/schemas.ts parses Graph's full
// responses; these stay structurally compatible with them, so its types can be passed in unchanged. The types
// and id helpers, which client components use, are in role-inputs.ts without zod.

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

export const roleAssignmentInputSchema = z.object({
  id: z.string(),
  roleDefinitionId: z.guid(),
  principalId: z.guid(),
  directoryScopeId: z.string(),
});

export const groupInputSchema = z.object({
  id: z.guid(),
  displayName: z.string(),
  isAssignableToRole: z.boolean().nullish(),
});
