import type { GraphClient } from './client';
import { GraphError, GraphResponseError } from './errors';
import { roleAssignmentScheduleRequestSchema, roleEligibilityScheduleRequestSchema, type RoleScheduleRequest } from './pim-schemas';
import { listPimCollection, FILTER_BY_CURRENT_USER } from './role-schedules';
import {
  cancelScheduleRequestPlan,
  scheduleRequestPlan,
  scheduleRequestsPath,
  type NewScheduleRequest,
  type ScheduleRequestKind,
} from './schedule-request-plans';
import { unreadableWriteError } from './write-outcome';

// Sending and reading PIM schedule requests (research §2.1-2.4). A request is how every PIM change is made: assign,
// update, extend, renew and remove, for eligibilities and for active assignments alike.

export * from './schedule-request-plans';

function schemaFor(kind: ScheduleRequestKind) {
  return kind === 'eligibility' ? roleEligibilityScheduleRequestSchema : roleAssignmentScheduleRequestSchema;
}

/**
 * Sends one schedule request, exactly as scheduleRequestPlan shows it, in a `$batch` of one (as "View Graph request"
 * says). Graph's answer is the request with its `status` (Provisioned, Granted, PendingApproval, Revoked); a refusal
 * throws its GraphError. Retried only when throttled: after a 5xx or timeout (a GraphError with
 * `isServerOrNetworkFailure`) the request may have landed, so the caller re-reads the schedules; never sent twice.
 */
export async function createRoleScheduleRequest(graph: GraphClient, kind: ScheduleRequestKind, body: NewScheduleRequest): Promise<RoleScheduleRequest> {
  const plan = scheduleRequestPlan(kind, body);
  const [result] = await graph.batch([{ method: 'POST', url: plan.url, body: plan.body }]).catch((error: unknown) => {
    if (error instanceof GraphError) throw error;
    throw unreadableWriteError('POST', plan.url);
  });
  if (!result) throw unreadableWriteError('POST', plan.url);
  if (!result.ok) throw result.error;
  const parsed = schemaFor(kind).safeParse(result.body);
  // The request was accepted but its answer is not what we expect: fail loudly rather than report it as refused.
  if (!parsed.success) throw new GraphResponseError(`Unexpected schedule request: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Withdraws a request that is still Granted (204); any other state is refused by Graph with a 400. */
export async function cancelRoleScheduleRequest(graph: GraphClient, kind: ScheduleRequestKind, id: string): Promise<void> {
  await graph.postNoContent(cancelScheduleRequestPlan(kind, id).url, undefined);
}

/** The signed-in user's own requests (never a group's), of either kind. */
export async function listMyRoleScheduleRequests(graph: GraphClient, kind: ScheduleRequestKind): Promise<RoleScheduleRequest[]> {
  return (await graph.list(`${scheduleRequestsPath(kind)}/${FILTER_BY_CURRENT_USER}`, schemaFor(kind))).items;
}

/** Requests of a role and/or some principals (any number: `in` lists in one `$batch`), every page followed. */
export function listRoleScheduleRequests(
  graph: GraphClient,
  kind: ScheduleRequestKind,
  options: { roleDefinitionId?: string; principalIds?: readonly string[]; expandPrincipal?: boolean } = {},
): Promise<RoleScheduleRequest[]> {
  return listPimCollection(graph, scheduleRequestsPath(kind), schemaFor(kind), options);
}
