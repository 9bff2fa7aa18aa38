'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failed, invalidInput, signInExpired, type ActionResult } from '@/lib/actions/action-result';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { directoryScopeIdSchema } from '@/lib/graph/server';
import { addRoleAssignmentsFor, type AddRoleAssignmentsOutcome } from './add-role-assignments';

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
  const graph = await graphForSignedInAdmin();
  if (!graph) return signInExpired();
  let outcome: AddRoleAssignmentsOutcome;
  try {
    outcome = await addRoleAssignmentsFor(graph, parsed.data);
  } catch (error) {
    return failed(error);
  }
  // After the try, so a redirect() (it throws) is never caught.
  for (const path of outcome.changedPaths) revalidatePath(path, path === '/roles' ? 'page' : 'layout');
  return outcome.result;
}
