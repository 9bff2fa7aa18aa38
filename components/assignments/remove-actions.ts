'use server';

import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { assignmentIdsToRemoveSchema } from '@/lib/actions/removal-input';
import { removeRoleAssignmentsFor } from '@/lib/actions/remove-role-assignments';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';

const input = z.object({
  roleId: z.guid('This role doesn\u2019t exist, or was deleted.'),
  assignmentIds: assignmentIdsToRemoveSchema,
  principalIds: z.array(z.guid()).max(100),
  lastHolderConfirmed: z.boolean(),
});

/** "Remove assignment" on a role's blade (and on a unit's or an app's blade): the selected assignments of one role. */
export async function removeRoleAssignments(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = input.safeParse({
    roleId: form.get('roleId'),
    assignmentIds: form.getAll('assignmentId'),
    principalIds: form.getAll('principalId'),
    lastHolderConfirmed: form.get('confirmLastHolder') === 'on',
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin((admin) => removeRoleAssignmentsFor(admin, parsed.data));
}
