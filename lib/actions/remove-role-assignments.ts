import 'server-only';
import type { SignedInGraph } from '@/lib/auth/session';
import { deleteRoleAssignments, readRoleWithAssignments, type RoleAssignment } from '@/lib/graph/server';
import { planRemoval } from '@/lib/roles/removal-plan';
import { roleTemplateId } from '@/lib/roles/role-inputs';
import { GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR } from '@/lib/roles/well-known-roles';
import { nameDirectoryScopes, type NamedScope } from '@/lib/views/directory-scopes';
import { failed, unchanged, type WriteOutcome } from './action-result';
import { bladesShowingAssignments } from './changed-blades';
import { removalResult, type ItemReport } from './outcome-lines';

export type RemoveRoleAssignmentsInput = {
  roleId: string;
  assignmentIds: string[];
  /** The holders of the selected assignments, to narrow the re-read; never trusted as the list of what to remove. */
  principalIds: string[];
  lastHolderConfirmed: boolean;
};

// Only these roles have guard rails that need every holder (the last holder, removing oneself).
const guardedRoles = new Set([GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR]);

function describe(assignment: RoleAssignment, scopes: Map<string, NamedScope>): string {
  const who = assignment.principal?.displayName ?? assignment.principal?.userPrincipalName ?? assignment.principalId;
  const scope = scopes.get(assignment.directoryScopeId);
  // A scope that couldn't be named is given by its id rather than passed off as Directory.
  const where = scope ? (scope.kind === 'directory' ? 'Directory' : `${scope.name} (${scope.kindLabel})`) : assignment.directoryScopeId === '/' ? 'Directory' : assignment.directoryScopeId;
  return `${who} at ${where}`;
}

/**
 * "Remove assignment" of one role, as the signed-in admin: the role's assignments are re-read here, so the ids, the
 * self-removal rule and the last-holder rule are checked on what Graph has now, never on what the browser says;
 * then one `$batch` of deletes, and a result that names what was removed, what failed and what is unknown.
 */
export async function removeRoleAssignmentsFor({ graph, userId }: SignedInGraph, input: RemoveRoleAssignmentsInput): Promise<WriteOutcome> {
  const { roleId, assignmentIds, principalIds, lastHolderConfirmed } = input;
  // A role with thousands of holders is not re-read whole to remove a hundred: only the selected holders'
  // assignments are, unless the role's guard rails need everyone. The browser's principal ids only narrow the read;
  // every requested assignment id must still be among Graph's answer.
  const narrow = !guardedRoles.has(roleId.toLowerCase()) && principalIds.length > 0;
  const { role, assignments: assignmentsOfRole } = await readRoleWithAssignments(graph, roleId, narrow ? principalIds : undefined);
  if (!role) return unchanged({ ok: false, message: 'This role doesn\u2019t exist, or was deleted. Nothing was changed.' });
  const plan = planRemoval({ roleTemplateId: roleTemplateId(role), assignmentsOfRole, requestedIds: assignmentIds, signedInUserId: userId, lastHolderConfirmed });
  if (plan.kind !== 'ready') return unchanged({ ok: false, message: plan.message });
  const removing = plan.removing;

  // The scopes are named (for the result's wording only) while the deletes run, not before them.
  const naming = nameDirectoryScopes(graph, removing).catch(() => new Map<string, NamedScope>());
  let results: Awaited<ReturnType<typeof deleteRoleAssignments>>;
  try {
    results = await deleteRoleAssignments(graph, removing.map((a) => a.id));
  } catch (error) {
    // Only a refusal before any delete was sent lands here (a malformed id): every delete sent is reported per item.
    return unchanged(failed(error));
  }

  const scopes = await naming;
  const items: ItemReport[] = results.map((result, index) => {
    const what = describe(removing[index] as RoleAssignment, scopes);
    if (result.ok) return { what, fate: 'done' };
    return { what, fate: result.unknown ? 'unknown' : 'not-done', error: result.error };
  });
  // Anything that may have changed is re-read by the blades that show it, removed or unknown alike.
  const mayHaveChanged = removing.filter((_, index) => items[index]?.fate !== 'not-done');
  const changed = bladesShowingAssignments(
    mayHaveChanged.map((assignment) => ({ roleDefinitionId: roleId, directoryScopeId: assignment.directoryScopeId, principalId: assignment.principalId })),
  );
  return { result: removalResult(role.displayName, items), changed };
}
