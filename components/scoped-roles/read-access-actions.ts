'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failed, invalidInput, signInExpired, type ActionResult } from '@/lib/actions/action-result';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { DIRECTORY_READERS } from '@/lib/roles/well-known-roles';
import { addRoleAssignmentsFor, type AddRoleAssignmentsOutcome } from '@/components/assignments/add-role-assignments';

const input = z.object({
  principalId: z.guid('The principal is missing. Refresh the page and try again.'),
  unitId: z.guid('The administrative unit is missing. Refresh the page and try again.'),
});

/**
 * The one-click fix on a unit's read-access warning: assigns Directory Readers at directory scope ("/") to a
 * service principal or guest, so the role it holds over the unit becomes usable. Checked first exactly as Add
 * assignments is (the principal exists, doesn't hold it already), then written; Graph's 403 becomes a sentence.
 */
export async function addDirectoryReaders(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = input.safeParse({ principalId: form.get('principalId'), unitId: form.get('unitId') });
  if (!parsed.success) return invalidInput(parsed.error);
  const graph = await graphForSignedInAdmin();
  if (!graph) return signInExpired();
  let outcome: AddRoleAssignmentsOutcome;
  try {
    outcome = await addRoleAssignmentsFor(graph, { roleId: DIRECTORY_READERS, principalIds: [parsed.data.principalId], directoryScopeId: '/' });
  } catch (error) {
    return failed(error);
  }
  for (const path of outcome.changedPaths) revalidatePath(path, path === '/roles' ? 'page' : 'layout');
  if (outcome.changedPaths.length) revalidatePath(`/admin-units/${parsed.data.unitId}`, 'layout');
  return outcome.result;
}
