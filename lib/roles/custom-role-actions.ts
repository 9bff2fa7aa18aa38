import { z } from 'zod';
import rawActions from './data/custom-role-actions.json';
import { actionLookup, type CustomRoleAction, type CustomRoleActionCategory, type CustomRoleCatalog } from './custom-role-catalog';
import { isPrivilegedAction } from './privileged';

// The resource actions Microsoft allows in a custom role, from the six Learn pages that list them (see
// data/PROVENANCE.md). The wizard offers these; Graph is still the judge of what it accepts, so an action typed by
// name is sent as typed and Graph's refusal is what the admin reads.

const categorySchema = z.object({ id: z.string().min(1), label: z.string().min(1), source: z.url(), file: z.string(), commit: z.string() });
const actionSchema = z.object({ action: z.string().startsWith('microsoft.directory/'), category: z.string().min(1), description: z.string() });
const fileSchema = z.object({ categories: z.array(categorySchema).min(1), actions: z.array(actionSchema).min(1) });

// Parsed once at import: a truncated or hand-edited file fails loudly rather than offering a wrong list.
const data = fileSchema.parse(rawActions);

export type { CustomRoleAction, CustomRoleActionCategory, CustomRoleCatalog };

export const customRoleActionCategories: readonly CustomRoleActionCategory[] = data.categories.map(({ id, label, source }) => ({ id, label, source }));

export const customRoleActions: readonly CustomRoleAction[] = data.actions.map((item) => ({ ...item, privileged: isPrivilegedAction(item.action) }));

/** The listed action an action string is (case-insensitive; `{id}` patterns match a concrete id), if any. */
export const findCustomRoleAction = actionLookup(customRoleActions);

/** The actions grouped in the Learn pages' order, each group in the file's order. */
export function customRoleActionsByCategory(): CustomRoleCatalog {
  return customRoleActionCategories.map((category) => ({ category, actions: customRoleActions.filter((item) => item.category === category.id) }));
}

/**
 * Clone's starting point: the role's description and the permissions a custom role may hold; the rest are left
 * out and named, so the admin knows what the clone lacks (a built-in role holds many no custom role may).
 */
export function cloneOfRole(role: { description?: string | null; rolePermissions: ReadonlyArray<{ allowedResourceActions: readonly string[] }> }): {
  description: string;
  actions: string[];
  leftOut: string[];
} {
  const all = [...new Set(role.rolePermissions.flatMap((permission) => permission.allowedResourceActions))];
  return {
    description: role.description ?? '',
    actions: all.filter((action) => findCustomRoleAction(action)),
    leftOut: all.filter((action) => !findCustomRoleAction(action)),
  };
}
