import { z } from 'zod';
import rawActions from './data/custom-role-actions.json';
import { isPrivilegedAction } from './privileged';

// The resource actions Microsoft allows in a custom role, from the six Learn pages that list them (see
// data/PROVENANCE.md). The wizard offers these; Graph is still the judge of what it accepts, so an action typed by
// name is sent as typed and Graph's refusal is what the admin reads.

const categorySchema = z.object({ id: z.string().min(1), label: z.string().min(1), source: z.url(), file: z.string(), commit: z.string() });
const actionSchema = z.object({ action: z.string().startsWith('microsoft.directory/'), category: z.string().min(1), description: z.string() });
const fileSchema = z.object({ categories: z.array(categorySchema).min(1), actions: z.array(actionSchema).min(1) });

// Parsed once at import: a truncated or hand-edited file fails loudly rather than offering a wrong list.
const data = fileSchema.parse(rawActions);

export type CustomRoleActionCategory = { id: string; label: string; source: string };
export type CustomRoleAction = { action: string; category: string; description: string; privileged: boolean };

export const customRoleActionCategories: readonly CustomRoleActionCategory[] = data.categories.map(({ id, label, source }) => ({ id, label, source }));

export const customRoleActions: readonly CustomRoleAction[] = data.actions.map((item) => ({ ...item, privileged: isPrivilegedAction(item.action) }));

/** Consent's `managePermissionGrantsForAll.{id}` stands for any permission grant policy id. */
function matcher(action: string): RegExp {
  const body = action
    .split('{id}')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[A-Za-z0-9._-]+');
  return new RegExp(`^${body}$`, 'i');
}
const matchers = customRoleActions.map((item) => ({ item, test: matcher(item.action) }));

/** The listed action an action string is (case-insensitive; `{id}` patterns match a concrete id), if any. */
export function findCustomRoleAction(action: string): CustomRoleAction | undefined {
  const value = action.trim();
  return matchers.find(({ test }) => test.test(value))?.item;
}

/** The actions grouped in the Learn pages' order, each group in the file's order. */
export function customRoleActionsByCategory(): Array<{ category: CustomRoleActionCategory; actions: CustomRoleAction[] }> {
  return customRoleActionCategories.map((category) => ({ category, actions: customRoleActions.filter((item) => item.category === category.id) }));
}
