'use server';

import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { changePimAssignmentFor, pimChangeInputSchema } from '@/lib/actions/pim-assignment-changes';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Update, Remove, Extend or Renew on a PIM row: one schedule request as the signed-in admin. */
export async function changePimAssignment(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = pimChangeInputSchema.safeParse({
    change: form.get('change'),
    kind: form.get('kind'),
    principalId: form.get('principalId'),
    roleDefinitionId: form.get('roleDefinitionId'),
    directoryScopeId: form.get('directoryScopeId'),
    principalName: text(form.get('principalName')),
    startDateTime: text(form.get('startDateTime')),
    endDateTime: text(form.get('endDateTime')) ?? null,
    justification: text(form.get('justification')),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin((admin) => changePimAssignmentFor(admin, parsed.data));
}
