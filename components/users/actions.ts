'use server';

import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { removeUserFromGroupFor } from '@/lib/actions/group-membership';
import { assignmentIdsToRemoveSchema } from '@/lib/actions/removal-input';
import { removeUserRoleAssignmentsFor } from '@/lib/actions/user-role-assignments';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';

const removeInput = z.object({
  userId: z.guid('This user doesn\u2019t exist, or was deleted.'),
  assignmentIds: assignmentIdsToRemoveSchema,
  lastHolderConfirmed: z.boolean(),
});

/** Remove assignment on a user's Assigned roles: the user's direct assignments only. */
export async function removeUserRoleAssignments(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = removeInput.safeParse({
    userId: form.get('userId'),
    assignmentIds: form.getAll('assignmentId'),
    lastHolderConfirmed: form.get('confirmLastHolder') === 'on',
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin((admin) => removeUserRoleAssignmentsFor(admin, parsed.data));
}

const leaveInput = z.object({
  userId: z.guid('This user doesn\u2019t exist, or was deleted.'),
  groupId: z.guid('This group doesn\u2019t exist, or was deleted.'),
});

/** Remove from group, for a role the user holds through a role-assignable group. */
export async function removeUserFromGroup(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = leaveInput.safeParse({ userId: form.get('userId'), groupId: form.get('groupId') });
  if (!parsed.success) return invalidInput(parsed.error);
  const userName = String(form.get('userName') ?? '').slice(0, 256) || 'The user';
  return writeAsSignedInAdmin(({ graph }) => removeUserFromGroupFor(graph, { ...parsed.data, userName }));
}
