'use server';

import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import {
  activateRoleFor,
  activationInputSchema,
  cancelActivationRequestFor,
  cancelInputSchema,
  deactivateRoleFor,
  deactivationInputSchema,
} from '@/lib/actions/pim-activation';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Activate on My roles: selfActivate for the signed-in admin. */
export async function activateRole(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = activationInputSchema.safeParse({
    roleDefinitionId: form.get('roleDefinitionId'),
    directoryScopeId: form.get('directoryScopeId'),
    roleName: text(form.get('roleName')),
    hours: form.get('hours'),
    justification: text(form.get('justification')),
    ticketNumber: text(form.get('ticketNumber')),
    ticketSystem: text(form.get('ticketSystem')),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin((admin) => activateRoleFor(admin, parsed.data));
}

/** Deactivate on My roles: selfDeactivate for the signed-in admin. */
export async function deactivateRole(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = deactivationInputSchema.safeParse({
    roleDefinitionId: form.get('roleDefinitionId'),
    directoryScopeId: form.get('directoryScopeId'),
    roleName: text(form.get('roleName')),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin((admin) => deactivateRoleFor(admin, parsed.data));
}

/** Cancel on a Granted request of My roles. */
export async function cancelActivationRequest(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = cancelInputSchema.safeParse({ requestId: form.get('requestId'), roleName: text(form.get('roleName')) });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin((admin) => cancelActivationRequestFor(admin, parsed.data));
}
