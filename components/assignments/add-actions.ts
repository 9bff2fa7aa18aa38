'use server';

import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';
import { directoryScopeIdSchema } from '@/lib/graph/server';
import { addRoleAssignmentsFor } from '@/lib/actions/add-role-assignments';

const maxPrincipals = 20;

const input = z.object({
  roleId: z.guid('The role is missing. Refresh the page and try again.'),
  principalIds: z
    .array(z.guid('A selected member has a malformed id. Remove it and try again.'))
    .min(1, 'Select at least one member.')
    .max(maxPrincipals, `Select at most ${maxPrincipals} members at a time.`),
  directoryScopeId: directoryScopeIdSchema,
});

/** Add assignments: one role, one scope, 1–20 users, role-assignable groups or service principals. */
export async function addRoleAssignments(_: ActionResult, form: FormData): Promise<ActionResult> {
  const parsed = input.safeParse({
    roleId: form.get('roleId'),
    principalIds: form.getAll('principalId'),
    directoryScopeId: form.get('directoryScopeId'),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin(({ graph }) => addRoleAssignmentsFor(graph, parsed.data));
}
