import type { z } from 'zod';
import type { groupInputSchema, roleAssignmentInputSchema, roleDefinitionInputSchema } from './role-input-schemas';

// The minimal Graph v1.0 shapes the domain rules read, as types (erased at build: no zod in client bundles), and
// the id helpers. The schemas are in role-input-schemas.ts.

export type RoleDefinitionInput = z.infer<typeof roleDefinitionInputSchema>;

/** What the scope and privilege rules need to know about a role: no name required. */
export type RoleRuleInput = Pick<RoleDefinitionInput, 'id' | 'templateId' | 'isBuiltIn' | 'rolePermissions'>;

export type RoleAssignmentInput = z.infer<typeof roleAssignmentInputSchema>;

export type GroupInput = z.infer<typeof groupInputSchema>;

/** Graph ids are GUIDs that may arrive in either case; compare and index them lower-cased. */
export function idKey(id: string): string {
  return id.toLowerCase();
}

/** The id that names a role across tenants: the template id, or the definition id when there is none. */
export function roleTemplateId(role: Pick<RoleDefinitionInput, 'id' | 'templateId'>): string {
  return role.templateId ?? role.id;
}
