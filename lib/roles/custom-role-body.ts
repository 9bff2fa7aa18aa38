// What New custom role and Edit send, without zod: the wizard (a client component) imports this, so it must stay
// free of zod and of the built-in role facts (npm run check:bundles). The schema the server action checks with is
// custom-role-input.ts, built from the same limits and messages.
import type { CustomRoleInput } from './custom-role-input';

export type { CustomRoleInput };

export const CUSTOM_ROLES_DENIED = 'Creating, changing and deleting custom roles needs the Privileged Role Administrator or Global Administrator role.';

/** Entra's own limits on the wizard's fields. */
export const CUSTOM_ROLE_NAME_MAX = 256;
export const CUSTOM_ROLE_DESCRIPTION_MAX = 1024;
export const CUSTOM_ROLE_ACTIONS_MAX = 400;

/** `microsoft.{namespace}/{entity}/…`: the form of a resource action, whatever Graph then says of it. */
export const RESOURCE_ACTION = /^microsoft\.[a-z0-9.]+(\/[a-z0-9.{}_-]+){2,4}$/i;

export const customRoleMessages = {
  nameMissing: 'Enter a name for the role.',
  nameTooLong: `A role name has at most ${CUSTOM_ROLE_NAME_MAX} characters.`,
  descriptionTooLong: `A description has at most ${CUSTOM_ROLE_DESCRIPTION_MAX.toLocaleString('en-US')} characters.`,
  actionMalformed: 'A permission looks like microsoft.directory/applications/credentials/update.',
  actionsMissing: 'Add at least one permission.',
  actionsTooMany: `A role has at most ${CUSTOM_ROLE_ACTIONS_MAX} permissions here.`,
} as const;

/** The wizard's check, field by field, with the schema's messages: what keeps Create disabled and why. */
export function customRoleInputProblems(input: CustomRoleInput): Partial<Record<keyof CustomRoleInput, string>> {
  const problems: Partial<Record<keyof CustomRoleInput, string>> = {};
  const name = input.displayName.trim();
  if (!name) problems.displayName = customRoleMessages.nameMissing;
  else if (name.length > CUSTOM_ROLE_NAME_MAX) problems.displayName = customRoleMessages.nameTooLong;
  if (input.description.trim().length > CUSTOM_ROLE_DESCRIPTION_MAX) problems.description = customRoleMessages.descriptionTooLong;
  if (input.actions.length === 0) problems.actions = customRoleMessages.actionsMissing;
  else if (input.actions.length > CUSTOM_ROLE_ACTIONS_MAX) problems.actions = customRoleMessages.actionsTooMany;
  else if (input.actions.some((action) => !RESOURCE_ACTION.test(action.trim()))) problems.actions = customRoleMessages.actionMalformed;
  return problems;
}

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
