import {
  isSelfGlobalAdministratorRemoval,
  lastHolderMessage,
  SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED,
  wouldRemoveLastHolder,
} from './last-admin';
import type { RoleAssignmentInput } from './role-inputs';

// What "Remove assignment" may do with a selection, decided from the role's assignments as Graph has them now.
// The confirm dialog asks the same questions the server action re-asks: the client's answer is only a preview.

export const STALE_SELECTION_MESSAGE =
  'Some of the selected assignments no longer exist for this role. Select Refresh and try again; nothing was changed.';

export type RemovalPlan<T extends RoleAssignmentInput = RoleAssignmentInput> =
  /** An id is not (or no longer) an assignment of this role: refuse everything. */
  | { kind: 'stale'; message: string; unknownIds: string[] }
  /** The admin's own Global Administrator assignment: Graph refuses it, so do we, first. */
  | { kind: 'refused'; message: string }
  /** The last tenant-scope Global Administrator or Privileged Role Administrator: only with a second confirmation. */
  | { kind: 'needsConfirmation'; message: string; removing: T[] }
  | { kind: 'ready'; removing: T[]; lastHolder: boolean };

export function planRemoval<T extends RoleAssignmentInput>(input: {
  roleTemplateId: string;
  /** Every assignment of the role, at every scope. */
  assignmentsOfRole: readonly T[];
  requestedIds: readonly string[];
  signedInUserId: string;
  lastHolderConfirmed: boolean;
}): RemovalPlan<T> {
  const byId = new Map(input.assignmentsOfRole.map((assignment) => [assignment.id, assignment]));
  const requested = [...new Set(input.requestedIds)];
  const unknownIds = requested.filter((id) => !byId.has(id));
  if (unknownIds.length) return { kind: 'stale', message: STALE_SELECTION_MESSAGE, unknownIds };
  const removing = requested.map((id) => byId.get(id) as T);
  if (removing.some((assignment) => isSelfGlobalAdministratorRemoval(assignment, input.signedInUserId))) {
    return { kind: 'refused', message: SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED };
  }
  const lastHolder = wouldRemoveLastHolder(input.roleTemplateId, input.assignmentsOfRole, requested);
  if (lastHolder && !input.lastHolderConfirmed) {
    return { kind: 'needsConfirmation', message: lastHolderMessage(input.roleTemplateId), removing };
  }
  return { kind: 'ready', removing, lastHolder };
}
