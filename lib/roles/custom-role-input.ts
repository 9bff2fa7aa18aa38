import { z } from 'zod';

// What New custom role and Edit send, checked the same way in the wizard and in the server action. Only the shape
// is checked here: whether Graph allows an action, a name or a 101st role is Graph's to say (lib/graph refusals).

export const CUSTOM_ROLES_DENIED = 'Creating, changing and deleting custom roles needs the Privileged Role Administrator or Global Administrator role.';

/** Entra's own limits on the wizard's fields. */
export const CUSTOM_ROLE_NAME_MAX = 256;
export const CUSTOM_ROLE_DESCRIPTION_MAX = 1024;
export const CUSTOM_ROLE_ACTIONS_MAX = 400;

/** `microsoft.{namespace}/{entity}/…`: the form of a resource action, whatever Graph then says of it. */
const RESOURCE_ACTION = /^microsoft\.[a-z0-9.]+(\/[a-z0-9.{}_-]+){2,4}$/i;

export const customRoleInputSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter a name for the role.').max(CUSTOM_ROLE_NAME_MAX, `A role name has at most ${CUSTOM_ROLE_NAME_MAX} characters.`),
  description: z.string().trim().max(CUSTOM_ROLE_DESCRIPTION_MAX, `A description has at most ${CUSTOM_ROLE_DESCRIPTION_MAX.toLocaleString('en-US')} characters.`),
  isEnabled: z.boolean(),
  actions: z
    .array(z.string().trim().regex(RESOURCE_ACTION, 'A permission looks like microsoft.directory/applications/credentials/update.'))
    .min(1, 'Add at least one permission.')
    .max(CUSTOM_ROLE_ACTIONS_MAX, `A role has at most ${CUSTOM_ROLE_ACTIONS_MAX} permissions here.`),
});
export type CustomRoleInput = z.infer<typeof customRoleInputSchema>;

/** The actions without repeats (Graph compares them case-insensitively), in the order they were added. */
export function distinctActions(actions: readonly string[]): string[] {
  const seen = new Set<string>();
  return actions.filter((action) => {
    const key = action.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((action) => action.trim());
}

/** The unifiedRoleDefinition Graph's create example sends: one rolePermission holding every action. */
export type CustomRoleBody = {
  displayName: string;
  description: string;
  isEnabled: boolean;
  rolePermissions: Array<{ allowedResourceActions: string[] }>;
};

export function customRoleBody(input: CustomRoleInput): CustomRoleBody {
  return {
    displayName: input.displayName.trim(),
    description: input.description.trim(),
    isEnabled: input.isEnabled,
    rolePermissions: [{ allowedResourceActions: distinctActions(input.actions) }],
  };
}

/** The role as the edit form read it from Graph. */
export type CustomRoleShown = { displayName: string; description?: string | null; isEnabled: boolean; rolePermissions: ReadonlyArray<{ allowedResourceActions: readonly string[] }> };

export function inputFromRole(role: CustomRoleShown): CustomRoleInput {
  return {
    displayName: role.displayName,
    description: role.description ?? '',
    isEnabled: role.isEnabled,
    actions: distinctActions(role.rolePermissions.flatMap((permission) => permission.allowedResourceActions)),
  };
}

const sameActions = (a: readonly string[], b: readonly string[]) => {
  const key = (list: readonly string[]) => distinctActions(list).map((action) => action.toLowerCase()).sort().join('\n');
  return key(a) === key(b);
};

/**
 * The PATCH body for Edit: only the properties the admin changed from what the form showed, so a change someone
 * else made meanwhile to another property is not put back. Empty when nothing changed.
 */
export function customRoleChanges(before: CustomRoleInput, after: CustomRoleInput): Partial<CustomRoleBody> {
  const body = customRoleBody(after);
  const changes: Partial<CustomRoleBody> = {};
  if (body.displayName !== before.displayName.trim()) changes.displayName = body.displayName;
  if (body.description !== before.description.trim()) changes.description = body.description;
  if (body.isEnabled !== before.isEnabled) changes.isEnabled = body.isEnabled;
  if (!sameActions(before.actions, after.actions)) changes.rolePermissions = body.rolePermissions;
  return changes;
}
