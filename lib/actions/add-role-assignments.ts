// What Add assignments does once it has a Graph client: read everything it must check in ONE $batch, plan, and
// only then write through ONE $batch. The 'use server' adapter (components/assignments/add-actions.ts) validates
// the form and calls this; tests call it with a real Graph client. Imports the lib/graph modules directly rather
// than '@/lib/graph/server', whose `server-only` marker throws under plain Node.
import type { GraphClient } from '@/lib/graph/client';
import { readAssignmentChecks } from '@/lib/graph/role-assignment-checks';
import { GraphError, toUserMessage } from '@/lib/graph/errors';
import { createRoleAssignments } from '@/lib/graph/role-assignments';
import { createRoleScheduleRequest, type NewScheduleRequest, type ScheduleRequestKind } from '@/lib/graph/role-schedule-requests';
import { listRoleAssignmentSchedules, listRoleEligibilitySchedules } from '@/lib/graph/role-schedules';
import { fateAfterReread, fateIsOpen } from '@/lib/graph/write-outcome';
import { adminAssignRequest, isPlainAssignment, scheduleProblem, type AssignmentSetting, type AssignmentType } from '@/lib/roles/assignment-setting';
import { pimErrorSentence } from '@/lib/roles/pim-refusals';
import { planRoleAssignments } from '@/lib/roles/plan-assignments';
import { parseDirectoryScopeId } from '@/lib/roles/scope-kinds';
import { unchanged, type ActionResult, type WriteOutcome } from './action-result';
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

// ---- Add assignments with its Setting step: Eligible, or Active with an end, goes through PIM's schedule requests.

export type { AssignmentType };
export { adminAssignRequest };

export type AddScheduledRoleAssignmentsInput = AddRoleAssignmentsInput & AssignmentSetting;

type ScheduledFate =
  | { fate: 'provisioned' }
  | { fate: 'granted'; startDateTime: string | null | undefined }
  | { fate: 'pending' }
  | { fate: 'refused'; sentence: string; error: GraphError }
  | { fate: 'unknown'; error: GraphError };

/**
 * Add assignments as Entra's wizard does after its Setting step. Active and permanent is today's
 * `POST /roleAssignments` (addRoleAssignmentsFor, unchanged). Eligible, or Active with an end, is one adminAssign
 * schedule request per member, after the same checks in one `$batch` (an eligibility is refused for a service
 * principal before anything is sent; an existing active assignment blocks only an active one). Each member's line
 * says what Graph answered: in effect now, granted (starts later), or refused in plain words; a lost answer is
 * re-read from the schedules. Graph's policy is the check for duration and justification: the panel only helps.
 */
export async function addScheduledRoleAssignmentsFor(graph: GraphClient, input: AddScheduledRoleAssignmentsInput): Promise<AddRoleAssignmentsOutcome> {
  if (isPlainAssignment(input)) return addRoleAssignmentsFor(graph, input);
  const problem = scheduleProblem(input);
  if (problem) return unchanged({ ok: false, message: problem.message, fieldErrors: { [problem.field]: [problem.message] } });
  const kind = input.assignmentType === 'eligible' ? 'eligibility' : 'assignment';
  const principalIds = [...new Set(input.principalIds.map((id) => id.toLowerCase()))];
  const scope = parseDirectoryScopeId(input.directoryScopeId);
  const checks = await readAssignmentChecks(graph, { roleId: input.roleId, directoryScopeId: input.directoryScopeId, scope, principalIds });
  const plan = planRoleAssignments({ ...checks, directoryScopeId: input.directoryScopeId, principalIds, existing: kind === 'assignment' ? checks.existing : [] });
  const refusals = [
    ...plan.refusals,
    ...(kind === 'eligibility'
      ? plan.toCreate.filter((p) => p.kind === 'servicePrincipal').map((p) => ({ principalId: p.id, message: `${p.displayName}: ${SERVICE_PRINCIPAL_ELIGIBLE}` }))
      : []),
  ];
  if (refusals.length > 0 || !checks.role) {
    const [first] = refusals;
    const blocking = first?.principalId === null;
    return unchanged({
      ok: false,
      message: blocking ? (first?.message ?? '') : 'Nothing was added. Fix the following and try again:',
      details: blocking ? undefined : refusals.map((refusal) => refusal.message),
    });
  }

  const fates = await Promise.all(plan.toCreate.map((principal) => sendAdminAssign(graph, kind, adminAssignRequest(input, principal.id))));
  const where = `${checks.role.displayName} at ${plan.scopeName === 'Directory' ? 'Directory scope' : plan.scopeName}`;
  const mayHaveLanded = plan.toCreate.filter((_, index) => fates[index]?.fate !== 'refused');
  const changed = bladesShowingAssignments(
    mayHaveLanded.map((p) => ({ roleDefinitionId: input.roleId, directoryScopeId: input.directoryScopeId, principalId: p.id, principalKind: p.kind })),
  );
  return { changed, result: scheduledAdditionResult(kind, where, plan.toCreate.map((p) => p.displayName), fates) };
}

export const SERVICE_PRINCIPAL_ELIGIBLE = 'a service principal can only be given an active assignment, not an eligible one.';

async function sendAdminAssign(graph: GraphClient, kind: ScheduleRequestKind, body: NewScheduleRequest): Promise<ScheduledFate> {
  try {
    const request = await createRoleScheduleRequest(graph, kind, body);
    return fateOfStatus(request.status, request.scheduleInfo?.startDateTime);
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    if (!fateIsOpen(error)) return { fate: 'refused', sentence: pimErrorSentence(error, {}, 'This member'), error };
    return reread(graph, kind, body, error);
  }
}

function fateOfStatus(status: string, startDateTime?: string | null): ScheduledFate {
  const word = status.toLowerCase();
  if (word === 'granted' || word === 'scheduled') return { fate: 'granted', startDateTime };
  if (word === 'pendingapproval' || word === 'pendingprovisioning') return { fate: 'pending' };
  return { fate: 'provisioned' };
}

/** A lost answer: the member's schedules for this role and scope say whether the request landed. */
async function reread(graph: GraphClient, kind: ScheduleRequestKind, body: NewScheduleRequest, error: GraphError): Promise<ScheduledFate> {
  try {
    const options = { roleDefinitionId: body.roleDefinitionId, principalIds: [body.principalId] };
    const schedules = kind === 'eligibility' ? await listRoleEligibilitySchedules(graph, options) : await listRoleAssignmentSchedules(graph, options);
    const here = schedules.some((s) => (s.directoryScopeId ?? '/').toLowerCase() === body.directoryScopeId.toLowerCase());
    const fate = fateAfterReread(error, here);
    if (fate === 'done') return { fate: 'provisioned' };
    if (fate === 'not-done') return { fate: 'refused', sentence: toUserMessage(error, { subject: 'This member' }).message, error };
    return { fate: 'unknown', error };
  } catch {
    return { fate: 'unknown', error };
  }
}

function scheduledAdditionResult(kind: ScheduleRequestKind, where: string, names: readonly string[], fates: readonly ScheduledFate[]): ActionResult {
  const made = kind === 'eligibility' ? 'eligible' : 'active';
  const details = names.map((name, index) => {
    const fate = fates[index];
    switch (fate?.fate) {
      case 'provisioned':
        return `${name}: added (${made}, Provisioned).`;
      case 'granted':
        return `${name}: granted: the ${made} assignment starts later${fate.startDateTime ? ` (${fate.startDateTime})` : ''}.`;
      case 'pending':
        return `${name}: waiting for approval.`;
      case 'refused':
        return `${name}: not added. ${fate.sentence}`;
      case 'unknown':
      default:
        return `${name}: unknown, check again: Microsoft Graph's answer was lost and a re-read could not tell whether it was added.`;
    }
  });
  const landed = fates.filter((f) => f.fate === 'provisioned' || f.fate === 'granted' || f.fate === 'pending').length;
  const unknown = fates.filter((f) => f.fate === 'unknown').length;
  const requestId = fates.find((f): f is Extract<ScheduledFate, { error: GraphError }> => 'error' in f)?.error.requestId;
  if (landed === names.length) {
    return { ok: true, message: landed === 1 ? `${names[0]} added as ${made} to ${where}.` : `Added ${landed} ${made} assignments to ${where}.`, details };
  }
  const parts = [
    landed ? `Added ${landed} of ${names.length} ${made} assignments to ${where}` : `No ${made} assignment to ${where} is known to be added`,
    names.length - landed - unknown ? `${names.length - landed - unknown} not added` : '',
    unknown ? `${unknown} unknown: check again below` : '',
  ].filter(Boolean);
  return { ok: false, message: `${parts.join('; ')}.`, details, requestId };
}
