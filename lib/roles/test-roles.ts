import { builtInRoleFact } from './builtin-role-facts';
import type { RoleDefinitionInput } from './role-inputs';

// Role definitions shaped as Graph v1.0 returns them, for the tests beside each rule.

/** A built-in role as Graph returns it: id and templateId equal, name from the facts snapshot. */
export function builtInRole(templateId: string, actions: string[] = []): RoleDefinitionInput {
  return {
    id: templateId,
    templateId,
    displayName: builtInRoleFact(templateId)?.displayName ?? 'Unknown built-in role',
    isBuiltIn: true,
    rolePermissions: [{ allowedResourceActions: actions }],
  };
}

let customCount = 0;

/** A custom role with its own directory-specific id. */
export function customRole(displayName: string, actions: string[]): RoleDefinitionInput {
  customCount += 1;
  const id = `00000000-0000-4000-8000-${String(customCount).padStart(12, '0')}`;
  return { id, templateId: id, displayName, isBuiltIn: false, rolePermissions: [{ allowedResourceActions: actions }] };
}
