'use server';

import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { bladesShowingReadAccess } from '@/lib/actions/changed-blades';
import { addRoleAssignmentsFor } from '@/lib/actions/add-role-assignments';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';
import { DIRECTORY_READERS } from '@/lib/roles/well-known-roles';

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
  const { principalId, unitId } = parsed.data;
  return writeAsSignedInAdmin(async ({ graph }) => {
    const { result, changed } = await addRoleAssignmentsFor(graph, { roleId: DIRECTORY_READERS, principalIds: [principalId], directoryScopeId: '/' });
    return { result, changed: changed.length ? [...changed, ...bladesShowingReadAccess(unitId)] : [] };
  });
}
