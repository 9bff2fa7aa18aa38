'use server';

import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { changeRoleSettingsFor, roleSettingsChangeInputSchema } from '@/lib/actions/role-settings-changes';
import { formJson } from '@/lib/actions/form-json';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';


/** Save on the Role settings editor: the changed rules PATCHed as the signed-in admin. */
export async function saveRoleSettings(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = roleSettingsChangeInputSchema.safeParse({
    roleDefinitionId: form.get('roleDefinitionId'),
    roleName: form.get('roleName') ?? undefined,
    before: formJson(form.get('before')),
    after: formJson(form.get('after')),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin((admin) => changeRoleSettingsFor(admin, parsed.data));
}
