'use server';

import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { createCustomRoleFor, deleteCustomRoleFor, updateCustomRoleFor, type CustomRoleResult } from '@/lib/actions/custom-roles';
import { formJson } from '@/lib/actions/form-json';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';
import { customRoleInputSchema } from '@/lib/roles/custom-role-input';
import { isPrivilegedAction } from '@/lib/roles/privileged';

export type { CustomRoleResult } from '@/lib/actions/custom-roles';


const roleId = z.guid('This role doesn\u2019t exist, or was deleted.');

/** Review + create: POST roleDefinitions as the signed-in admin. */
export async function createCustomRole(_previous: CustomRoleResult | null, form: FormData): Promise<CustomRoleResult> {
  const parsed = customRoleInputSchema.safeParse(formJson(form.get('role')));
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin(({ graph }) => createCustomRoleFor(graph, parsed.data));
}

const updateInput = z.object({ roleId, before: customRoleInputSchema, after: customRoleInputSchema });

/** Edit's Save: PATCH only what the admin changed from what the form showed. */
export async function updateCustomRole(_previous: CustomRoleResult | null, form: FormData): Promise<CustomRoleResult> {
  const parsed = updateInput.safeParse({ roleId: form.get('roleId'), before: formJson(form.get('before')), after: formJson(form.get('role')) });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin(({ graph }) => updateCustomRoleFor(graph, parsed.data));
}

const deleteInput = z.object({ roleId, roleName: z.string().max(300).default('The role') });

/** Delete on a custom role's blade, behind its confirm dialog. */
export async function deleteCustomRole(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = deleteInput.safeParse({ roleId: form.get('roleId'), roleName: form.get('roleName') ?? undefined });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin(({ graph }) => deleteCustomRoleFor(graph, parsed.data));
}

const typedActions = z.array(z.string().max(300)).max(20);

/**
 * Which of the permissions typed by name would make the role privileged. The rule is Microsoft's list of privileged
 * permissions, which stays on the server (npm run check:bundles), so the wizard asks for the few it cannot look up.
 */
export async function privilegedAmong(actions: string[]): Promise<string[]> {
  const parsed = typedActions.safeParse(actions);
  return parsed.success ? parsed.data.filter((action) => isPrivilegedAction(action)) : [];
}
