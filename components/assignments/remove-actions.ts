'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failed, invalidInput, signInExpired, type ActionResult } from '@/lib/actions/action-result';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import {
  deleteRoleAssignments,
  readRoleWithAssignments,
  roleAssignmentIdSchema,
  type RoleAssignment,
} from '@/lib/graph/server';
import { planRemoval } from '@/lib/roles/removal-plan';
import { GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR } from '@/lib/roles/well-known-roles';
import { roleTemplateId } from '@/lib/roles/role-inputs';
import { parseDirectoryScopeId } from '@/lib/roles/scope-kinds';
import { nameDirectoryScopes, type NamedScope } from '@/lib/views/directory-scopes';
import { signedInUserId } from '@/lib/views/signed-in-admin';
import { removalResult, type ItemReport } from './outcome-lines';

const input = z.object({
  roleId: z.guid('This role doesn\u2019t exist, or was deleted.'),
  assignmentIds: z
    .array(roleAssignmentIdSchema, 'Select at least one assignment to remove.')
    .min(1, 'Select at least one assignment to remove.')
    .max(100, 'Remove at most 100 assignments at a time.'),
  principalIds: z.array(z.guid()).max(100),
  lastHolderConfirmed: z.boolean(),
});

// Only these roles have guard rails that need every holder (the last holder, removing oneself).
const guardedRoles = new Set([GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR]);

function describe(assignment: RoleAssignment, scopes: Map<string, NamedScope>): string {
  const who = assignment.principal?.displayName ?? assignment.principal?.userPrincipalName ?? assignment.principalId;
  const scope = scopes.get(assignment.directoryScopeId);
  // A scope that couldn't be named is given by its id rather than passed off as Directory.
  const where = scope ? (scope.kind === 'directory' ? 'Directory' : `${scope.name} (${scope.kindLabel})`) : assignment.directoryScopeId === '/' ? 'Directory' : assignment.directoryScopeId;
  return `${who} at ${where}`;
}

/** The administrative unit and app registration blades that show these assignments. */
function scopedBladePaths(assignments: readonly RoleAssignment[]): string[] {
  const paths = new Set<string>();
  for (const assignment of assignments) {
    const scope = parseDirectoryScopeId(assignment.directoryScopeId);
    if (scope?.kind === 'administrativeUnit') paths.add(`/admin-units/${scope.id}`);
    if (scope?.kind === 'application') paths.add(`/app-registrations/${scope.id}`);
  }
  return [...paths];
}

/**
 * "Remove assignment" on a role's blade (and on a unit's or an app's blade): removes the selected assignments of one role. The role's assignments are
 * re-read here, so the ids, the self-removal rule and the last-holder rule are checked on what Graph has now, never
 * on what the browser says; then one `$batch` of deletes, and a result that names what was removed and what failed.
 */
export async function removeRoleAssignments(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = input.safeParse({
    roleId: form.get('roleId'),
    assignmentIds: form.getAll('assignmentId'),
    principalIds: form.getAll('principalId'),
    lastHolderConfirmed: form.get('confirmLastHolder') === 'on',
  });
  if (!parsed.success) return invalidInput(parsed.error);
  const { roleId, assignmentIds, principalIds, lastHolderConfirmed } = parsed.data;

  const [graph, userId] = await Promise.all([graphForSignedInAdmin(), signedInUserId()]);
  if (!graph || !userId) return signInExpired();

  let roleName: string;
  let removing: RoleAssignment[];
  try {
    // A role with thousands of holders is not re-read whole to remove a hundred: only the selected holders'
    // assignments are, unless the role's guard rails need everyone. The browser's principal ids only narrow the read;
    // every requested assignment id must still be among Graph's answer.
    const narrow = !guardedRoles.has(roleId.toLowerCase()) && principalIds.length > 0;
    const { role, assignments: assignmentsOfRole } = await readRoleWithAssignments(graph, roleId, narrow ? principalIds : undefined);
    if (!role) return { ok: false, message: 'This role doesn\u2019t exist, or was deleted. Nothing was changed.' };
    const plan = planRemoval({
      roleTemplateId: roleTemplateId(role),
      assignmentsOfRole,
      requestedIds: assignmentIds,
      signedInUserId: userId,
      lastHolderConfirmed,
    });
    if (plan.kind !== 'ready') return { ok: false, message: plan.message };
    roleName = role.displayName;
    removing = plan.removing;
  } catch (error) {
    return failed(error);
  }

  // The scopes are named (for the result's wording only) while the deletes run, not before them.
  const naming = nameDirectoryScopes(graph, removing).catch(() => new Map<string, NamedScope>());
  let results: Awaited<ReturnType<typeof deleteRoleAssignments>>;
  try {
    results = await deleteRoleAssignments(graph, removing.map((a) => a.id));
  } catch (error) {
    // Only a refusal before any delete was sent lands here (a malformed id): every delete sent is reported per item.
    return failed(error);
  }

  const scopes = await naming;
  const items: ItemReport[] = results.map((result, index) => {
    const what = describe(removing[index] as RoleAssignment, scopes);
    if (result.ok) return { what, fate: 'done' };
    return { what, fate: result.unknown ? 'unknown' : 'not-done', error: result.error };
  });
  // Anything that may have changed is re-read by the blades that show it, removed or unknown alike.
  if (items.some((item) => item.fate !== 'not-done')) {
    revalidatePath(`/roles/${roleId}`);
    revalidatePath('/roles');
    // A unit's or an app's blade lists the assignments scoped to it (and their counts): refresh those too.
    for (const path of scopedBladePaths(removing)) revalidatePath(path, 'layout');
  }
  return removalResult(roleName, items);
}
