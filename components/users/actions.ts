'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { removeRoleAssignments } from '@/components/assignments/remove-actions';
import { failed, invalidInput, signInExpired, type ActionResult } from '@/lib/actions/action-result';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { getGroup, GraphError, listRoleAssignments, removeGroupMember, roleAssignmentIdSchema, type Group } from '@/lib/graph/server';
import { GROUP_MEMBERS_DENIED, ROLE_ASSIGNABLE_MEMBERS_DENIED } from '@/lib/roles/group-rules';
import { formatCount } from '@/lib/format/count';

const removeInput = z.object({
  userId: z.guid('This user doesn\u2019t exist, or was deleted.'),
  assignmentIds: z
    .array(roleAssignmentIdSchema, 'Select at least one assignment to remove.')
    .min(1, 'Select at least one assignment to remove.')
    .max(100, 'Remove at most 100 assignments at a time.'),
});

function revalidateUser(userId: string) {
  revalidatePath(`/users/${userId}`, 'layout');
  revalidatePath('/my-roles');
  revalidatePath('/roles', 'layout');
}

/**
 * Remove assignment on a user's Assigned roles: only the user's direct assignments (an inherited one is removed
 * by leaving the group). The ids are checked against what Graph has for the user now; each role's removal then
 * goes through the role blade's own action, which re-checks the self-removal and last-holder rules.
 */
export async function removeUserRoleAssignments(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = removeInput.safeParse({ userId: form.get('userId'), assignmentIds: form.getAll('assignmentId') });
  if (!parsed.success) return invalidInput(parsed.error);
  const { userId, assignmentIds } = parsed.data;
  const graph = await graphForSignedInAdmin();
  if (!graph) return signInExpired();

  let byRole: Map<string, string[]>;
  try {
    const direct = await listRoleAssignments(graph, { principalIds: [userId] });
    const known = new Map(direct.map((assignment) => [assignment.id, assignment]));
    if (assignmentIds.some((id) => !known.has(id))) {
      return { ok: false, message: 'Some of the selected assignments are no longer assigned to this user directly. Select Refresh and try again; nothing was changed.' };
    }
    byRole = new Map();
    for (const id of assignmentIds) {
      const roleId = known.get(id)?.roleDefinitionId ?? '';
      byRole.set(roleId, [...(byRole.get(roleId) ?? []), id]);
    }
  } catch (error) {
    return failed(error);
  }

  const results: ActionResult[] = [];
  for (const [roleId, ids] of byRole) {
    const roleForm = new FormData();
    roleForm.set('roleId', roleId);
    for (const id of ids) roleForm.append('assignmentId', id);
    // Narrows the role's re-read to this user's assignments (the guarded roles are still read whole).
    roleForm.append('principalId', userId);
    if (form.get('confirmLastHolder') === 'on') roleForm.set('confirmLastHolder', 'on');
    results.push(await removeRoleAssignments(null, roleForm));
  }
  revalidateUser(userId);
  if (results.length === 1) return results[0] as ActionResult;
  const ok = results.every((result) => result.ok);
  return {
    ok,
    message: ok ? `Removed ${formatCount(assignmentIds.length)} role assignments.` : 'Not every role assignment is known to be removed: see each one below.',
    details: results.flatMap((result) => result.details ?? [result.message]),
  };
}

const leaveInput = z.object({
  userId: z.guid('This user doesn\u2019t exist, or was deleted.'),
  groupId: z.guid('This group doesn\u2019t exist, or was deleted.'),
});

/**
 * Remove from group, for a role the user holds through a role-assignable group: Entra has no other way to take
 * an inherited role away ("remove the user from the group that has been assigned the role").
 */
export async function removeUserFromGroup(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = leaveInput.safeParse({ userId: form.get('userId'), groupId: form.get('groupId') });
  if (!parsed.success) return invalidInput(parsed.error);
  const { userId, groupId } = parsed.data;
  const userName = String(form.get('userName') ?? '').slice(0, 256) || 'The user';
  const graph = await graphForSignedInAdmin();
  if (!graph) return signInExpired();

  let group: Group | null;
  try {
    group = await getGroup(graph, groupId);
  } catch (error) {
    return failed(error);
  }
  if (!group) return { ok: false, message: 'This group no longer exists. Nothing was changed.' };
  try {
    await removeGroupMember(graph, groupId, userId);
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) {
      return { ok: false, message: `${group.isAssignableToRole ? ROLE_ASSIGNABLE_MEMBERS_DENIED : GROUP_MEMBERS_DENIED} Nothing was changed.`, requestId: error.requestId };
    }
    // Already gone from the group: the admin's intent holds.
    if (!(error instanceof GraphError && error.status === 404)) return failed(error);
  }
  revalidateUser(userId);
  revalidatePath(`/groups/${groupId}`, 'layout');
  revalidatePath('/groups');
  return { ok: true, message: `Removed ${userName} from ${group.displayName}, and so from every role the group holds.` };
}
