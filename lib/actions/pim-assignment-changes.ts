import 'server-only';
import { z } from 'zod';
import type { SignedInGraph } from '@/lib/auth/session';
import {
  createRoleScheduleRequest,
  GraphError,
  listRoleAssignmentScheduleInstances,
  listRoleEligibilitySchedules,
  scheduleRequestPlan,
  toUserMessage,
  type GraphClient,
  type RoleScheduleRequest,
} from '@/lib/graph/server';
import { pimChangeRequest, type PimChange } from '@/lib/roles/pim-changes';
import { pimActionLabels, pimDateText } from '@/lib/roles/pim-labels';
import { pimRefusalWords } from '@/lib/roles/pim-refusal-words';
import { pimKey, scheduleEnd } from '@/lib/roles/pim-rows';
import { unchanged, type ActionResult, type WriteOutcome } from './action-result';
import { bladesShowingAssignments } from './changed-blades';

// Update, Remove, Extend and Renew on the PIM tabs: one schedule request (adminUpdate, adminRemove, adminExtend,
// adminRenew). What the admin is told is what Graph said: its status (Provisioned, Granted, Revoked, PendingApproval),
// or its refusal in plain words with Graph's own message. A 5xx or timeout leaves the fate open: the schedules are
// re-read once, and the answer is changed, not changed, or unknown.

const isoDateTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'Enter a valid date and time.');

export const pimChangeInputSchema = z
  .object({
    change: z.enum(['update', 'remove', 'extend', 'renew']),
    kind: z.enum(['eligibility', 'assignment']),
    principalId: z.guid('This principal doesn\u2019t exist.'),
    roleDefinitionId: z.guid('This role doesn\u2019t exist, or was deleted.'),
    directoryScopeId: z.string().regex(/^\/(?:[0-9a-fA-F-]{36}|administrativeUnits\/[0-9a-fA-F-]{36})?$/, 'This scope isn\u2019t valid.'),
    principalName: z.string().max(300).default(''),
    startDateTime: isoDateTime.optional(),
    endDateTime: isoDateTime.nullable(),
    justification: z.string().max(500).optional(),
  })
  .refine((input) => input.change === 'remove' || input.endDateTime === null || !input.startDateTime || Date.parse(input.endDateTime) > Date.parse(input.startDateTime), {
    message: 'The end must be after the start.',
    path: ['endDateTime'],
  });
export type PimChangeInput = z.infer<typeof pimChangeInputSchema>;

const pastTense: Record<PimChange['change'], string> = { update: 'updated', remove: 'removed', extend: 'extended', renew: 'renewed' };

function subjectOf(input: PimChangeInput, startOfSentence = true): string {
  const what = input.kind === 'eligibility' ? 'eligible assignment' : 'active assignment';
  return input.principalName ? `${input.principalName}\u2019s ${what}` : `${startOfSentence ? 'The' : 'the'} ${what}`;
}

function graphSaid(request: RoleScheduleRequest): string {
  return `Microsoft Graph answered ${request.status}.`;
}

/** The sentence for Graph's answer to the request, by its status. */
export function acceptedResult(input: PimChangeInput, request: RoleScheduleRequest): ActionResult {
  const subject = subjectOf(input);
  const status = request.status.toLowerCase();
  const end = input.change === 'remove' ? null : scheduleEnd(request.scheduleInfo);
  const until = input.change === 'remove' ? '' : end === null ? ', permanent' : `, until ${pimDateText(end)}`;
  if (status === 'provisioned' || status === 'revoked') return { ok: true, message: `${subject} was ${pastTense[input.change]}${until}. ${graphSaid(request)}` };
  if (status === 'granted') {
    const start = request.scheduleInfo?.startDateTime ?? null;
    return { ok: true, message: `${subject} was ${pastTense[input.change]}: it takes effect ${start ? `at ${pimDateText(start)}` : 'later'}${until}. ${graphSaid(request)}` };
  }
  if (status === 'pendingapproval') return { ok: true, message: `${subject} waits for approval. ${graphSaid(request)}` };
  return { ok: false, message: `${pimActionLabels[input.change]} didn\u2019t take effect. ${graphSaid(request)}` };
}

/** A refusal: PIM's reason in plain words where we know it, and Graph's own message beside it. */
export function refusedResult(input: PimChangeInput, error: GraphError): ActionResult {
  const words = pimRefusalWords(error) ?? toUserMessage(error, { subject: 'This assignment' }).message;
  return {
    ok: false,
    message: `${pimActionLabels[input.change]} was refused: ${words}`,
    details: error.graphMessage ? [`Microsoft Graph: ${error.code}: ${error.graphMessage}`] : [`Microsoft Graph: ${error.code}`],
    requestId: error.requestId,
  };
}

/** After a lost answer: does the schedule Graph holds now show the change? null when that can't be read either. */
async function changeHolds(graph: GraphClient, input: PimChangeInput): Promise<boolean | null> {
  const key = pimKey(input);
  try {
    const options = { roleDefinitionId: input.roleDefinitionId, principalIds: [input.principalId] };
    const current =
      input.kind === 'eligibility'
        ? (await listRoleEligibilitySchedules(graph, options)).filter((item) => pimKey(item) === key).map((item) => scheduleEnd(item.scheduleInfo))
        : (await listRoleAssignmentScheduleInstances(graph, options)).filter((item) => pimKey(item) === key).map((item) => item.endDateTime ?? null);
    if (input.change === 'remove') return current.length === 0;
    const wanted = input.endDateTime === null ? null : Date.parse(input.endDateTime);
    return current.some((end) => (end === null ? wanted === null : wanted !== null && Math.abs(Date.parse(end) - wanted) < 60_000));
  } catch {
    return null;
  }
}

export async function changePimAssignmentFor(admin: SignedInGraph, input: PimChangeInput): Promise<WriteOutcome> {
  const change: PimChange = {
    change: input.change,
    kind: input.kind,
    principalId: input.principalId,
    roleDefinitionId: input.roleDefinitionId,
    directoryScopeId: input.directoryScopeId,
    startDateTime: input.startDateTime,
    endDateTime: input.endDateTime,
    justification: input.justification,
  };
  const body = pimChangeRequest(change);
  scheduleRequestPlan(input.kind, body); // checks every id and date before anything is sent (throws InvalidIdError)
  const changed = bladesShowingAssignments([{ roleDefinitionId: input.roleDefinitionId, directoryScopeId: input.directoryScopeId, principalId: input.principalId }]);
  try {
    const request = await createRoleScheduleRequest(admin.graph, input.kind, body);
    const result = acceptedResult(input, request);
    return { result, changed: result.ok ? changed : [] };
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    if (!error.isServerOrNetworkFailure) return unchanged(refusedResult(input, error));
    const holds = await changeHolds(admin.graph, input);
    const subject = subjectOf(input);
    const requestId = error.requestId;
    if (holds === true) return { result: { ok: true, message: `${subject} was ${pastTense[input.change]}: Microsoft Graph's answer was lost, and a re-read shows the change.` }, changed };
    // A 5xx came after Graph had finished; a timeout did not, so a re-read without the change settles nothing.
    if (holds === false && error.status !== 0) return unchanged({ ok: false, message: `${subject} was not ${pastTense[input.change]}: Microsoft Graph failed, and a re-read shows no change.`, requestId });
    return { result: { ok: false, message: `Unknown whether ${subjectOf(input, false)} was ${pastTense[input.change]}: Microsoft Graph's answer was lost. Refresh in a moment to see the current state.`, requestId }, changed };
  }
}
