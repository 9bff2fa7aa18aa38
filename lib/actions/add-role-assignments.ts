// What Add assignments does once it has a Graph client: read everything it must check in ONE $batch, plan, and
// only then write through ONE $batch. The 'use server' adapter (components/assignments/add-actions.ts) validates
// the form and calls this; tests call it with a real Graph client. Imports the lib/graph modules directly rather
// than '@/lib/graph/server', whose `server-only` marker throws under plain Node.
import type { GraphClient } from '@/lib/graph/client';
import { readAssignmentChecks } from '@/lib/graph/role-assignment-checks';
import { createRoleAssignments } from '@/lib/graph/role-assignments';
import { planRoleAssignments } from '@/lib/roles/plan-assignments';
import { parseDirectoryScopeId } from '@/lib/roles/scope-kinds';
import { unchanged, type WriteOutcome } from './action-result';
import { bladesShowingAssignments } from './changed-blades';
import { additionResult, type ItemReport } from './outcome-lines';

export type AddRoleAssignmentsInput = { roleId: string; principalIds: string[]; directoryScopeId: string };

/** The result for the admin, and the blades to re-read (none when nothing was written). */
export type AddRoleAssignmentsOutcome = WriteOutcome;

/**
 * Adds `principalIds` to a role at one scope, as the signed-in admin. Checks first, in one `$batch`: the role
 * exists and supports the scope, the scope's unit or app exists, every principal is a user, a role-assignable
 * group or a service principal, and none holds the role there already. Any refusal means nothing is written.
 * Then creates all assignments in one `$batch` and reports each. Throws only when a read fails.
 */
export async function addRoleAssignmentsFor(graph: GraphClient, input: AddRoleAssignmentsInput): Promise<AddRoleAssignmentsOutcome> {
  const principalIds = [...new Set(input.principalIds.map((id) => id.toLowerCase()))];
  const scope = parseDirectoryScopeId(input.directoryScopeId);
  const { role, scopeObject, found, existing } = await readAssignmentChecks(graph, {
    roleId: input.roleId,
    directoryScopeId: input.directoryScopeId,
    scope,
    principalIds,
  });

  const plan = planRoleAssignments({ role, directoryScopeId: input.directoryScopeId, scopeObject, principalIds, found, existing });
  if (plan.refusals.length > 0 || !role) {
    const [first] = plan.refusals;
    const blocking = first?.principalId === null;
    return unchanged({
      ok: false,
      message: blocking ? (first?.message ?? '') : 'Nothing was added. Fix the following and try again:',
      details: blocking ? undefined : plan.refusals.map((refusal) => refusal.message),
    });
  }

  const roleName = role.displayName;
  const created = await createRoleAssignments(
    graph,
    plan.toCreate.map((principal) => ({ roleDefinitionId: input.roleId, principalId: principal.id, directoryScopeId: input.directoryScopeId })),
  );
  const items: ItemReport[] = plan.toCreate.map((principal, index) => {
    const outcome = created[index];
    if (!outcome || outcome.ok) return { what: principal.displayName, fate: 'done' };
    return { what: principal.displayName, fate: outcome.unknown ? 'unknown' : 'not-done', error: outcome.error };
  });
  const where = `${roleName} at ${plan.scopeName === 'Directory' ? 'Directory scope' : plan.scopeName}`;
  // Whatever may have landed (added or unknown) is re-read by the blades that show it.
  const mayHaveLanded = plan.toCreate.filter((_, index) => items[index]?.fate !== 'not-done');
  const changed = bladesShowingAssignments(
    mayHaveLanded.map((principal) => ({
      roleDefinitionId: input.roleId,
      directoryScopeId: input.directoryScopeId,
      principalId: principal.id,
      principalKind: principal.kind,
    })),
  );
  return { changed, result: additionResult(where, items) };
}
