'use server';

import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { changeRoleSettingsFor, roleSettingsChangeInputSchema } from '@/lib/actions/role-settings-changes';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';

/** The form sends the settings it showed and the edited ones as JSON; anything else is refused by the schema. */
function json(value: FormDataEntryValue | null): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** Save on the Role settings editor: the changed rules PATCHed as the signed-in admin. */
export async function saveRoleSettings(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = roleSettingsChangeInputSchema.safeParse({
    roleDefinitionId: form.get('roleDefinitionId'),
    roleName: form.get('roleName') ?? undefined,
    before: json(form.get('before')),
    after: json(form.get('after')),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin((admin) => changeRoleSettingsFor(admin, parsed.data));
}
