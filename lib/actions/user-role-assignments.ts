import 'server-only';
import type { SignedInGraph } from '@/lib/auth/session';
import { listRoleAssignments } from '@/lib/graph/server';
import { formatCount } from '@/lib/format/count';
import { failed, unchanged, type ActionResult, type WriteOutcome } from './action-result';
import { removeRoleAssignmentsFor } from './remove-role-assignments';

export type RemoveUserRoleAssignmentsInput = { userId: string; assignmentIds: string[]; lastHolderConfirmed: boolean };

const NOT_DIRECT =
  'Some of the selected assignments are no longer assigned to this user directly. Select Refresh and try again; nothing was changed.';

/**
 * Remove assignment on a user's Assigned roles: only the user's direct assignments (an inherited one is removed
 * by leaving the group). The ids are checked against what Graph has for the user now; each role's removal then
 * goes through the role blade's own removal, which re-checks the self-removal and last-holder rules.
 */
export async function removeUserRoleAssignmentsFor(admin: SignedInGraph, input: RemoveUserRoleAssignmentsInput): Promise<WriteOutcome> {
  const { userId, assignmentIds, lastHolderConfirmed } = input;
  const direct = await listRoleAssignments(admin.graph, { principalIds: [userId] });
  const known = new Map(direct.map((assignment) => [assignment.id, assignment]));
  if (assignmentIds.some((id) => !known.has(id))) return unchanged({ ok: false, message: NOT_DIRECT });
  const byRole = new Map<string, string[]>();
  for (const id of assignmentIds) {
    const roleId = known.get(id)?.roleDefinitionId ?? '';
    byRole.set(roleId, [...(byRole.get(roleId) ?? []), id]);
  }

  const outcomes: WriteOutcome[] = [];
  for (const [roleId, ids] of byRole) {
    // Narrowed to this user's assignments (the guarded roles are still read whole). A role whose re-read fails
    // is reported as such, beside the roles already removed.
    const removal = removeRoleAssignmentsFor(admin, { roleId, assignmentIds: ids, principalIds: [userId], lastHolderConfirmed });
    outcomes.push(await removal.catch((error: unknown) => unchanged(failed(error))));
  }
  const changed = outcomes.flatMap((outcome) => outcome.changed);
  const results = outcomes.map((outcome) => outcome.result);
  if (results.length === 1) return { result: results[0] as ActionResult, changed };
  const ok = results.every((result) => result.ok);
  return {
    changed,
    result: {
      ok,
      message: ok ? `Removed ${formatCount(assignmentIds.length)} role assignments.` : 'Not every role assignment is known to be removed: see each one below.',
      details: results.flatMap((result) => result.details ?? [result.message]),
    },
  };
}
