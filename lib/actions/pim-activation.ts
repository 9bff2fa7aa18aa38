import 'server-only';
import { z } from 'zod';
import type { SignedInGraph } from '@/lib/auth/session';
import {
  cancelRoleScheduleRequest,
  createRoleScheduleRequest,
  GraphError,
  listMyRoleAssignmentScheduleInstances,
  scheduleRequestPlan,
  type GraphClient,
  type NewScheduleRequest,
  type RoleScheduleRequest,
} from '@/lib/graph/server';
import { activationRequest, deactivationRequest } from '@/lib/roles/pim-activation-request';
import { pimDateText } from '@/lib/roles/pim-labels';
import { pimErrorSentence } from '@/lib/roles/pim-refusals';
import { unchanged, type ActionResult, type WriteOutcome } from './action-result';
import { bladesShowingAssignments } from './changed-blades';

// My roles: the signed-in admin activates an eligible role (selfActivate), deactivates an activation
// (selfDeactivate) or cancels a request that is still Granted. What the admin is told is Graph's status; a refusal
// in plain words with Graph's own message; a lost answer (5xx, timeout) is settled by re-reading the caller's
// assignment instances once: active, not active, or unknown.

const scopeId = z.string().regex(/^\/(?:[0-9a-fA-F-]{36}|administrativeUnits\/[0-9a-fA-F-]{36})?$/, 'This scope isn\u2019t valid.');

export const activationInputSchema = z.object({
  roleDefinitionId: z.guid('This role doesn\u2019t exist, or was deleted.'),
  directoryScopeId: scopeId,
  roleName: z.string().max(300).default(''),
  hours: z.coerce.number().int('Choose a whole number of hours.').min(1, 'Choose at least 1 hour.').max(24 * 365, 'Choose fewer hours.'),
  justification: z.string().trim().max(500, 'Keep the justification under 500 characters.').optional(),
  ticketNumber: z.string().trim().max(100).optional(),
  ticketSystem: z.string().trim().max(100).optional(),
});
export type ActivationInput = z.infer<typeof activationInputSchema>;

export const deactivationInputSchema = z.object({
  roleDefinitionId: z.guid('This role doesn\u2019t exist, or was deleted.'),
  directoryScopeId: scopeId,
  roleName: z.string().max(300).default(''),
});
export type DeactivationInput = z.infer<typeof deactivationInputSchema>;

export const cancelInputSchema = z.object({ requestId: z.guid('This request doesn\u2019t exist.'), roleName: z.string().max(300).default('') });

export { activationRequest, deactivationRequest };

const roleOf = (input: { roleName: string }) => input.roleName || 'The role';

/**
 * When an accepted activation ends, by Graph's clock: the end it answered, or its start plus the hours asked for
 * (Graph answers the duration, not the end). Null when Graph answered neither start nor end.
 */
export function activationEnd(request: RoleScheduleRequest, hours: number): string | null {
  const schedule = request.scheduleInfo;
  if (schedule?.expiration?.endDateTime) return schedule.expiration.endDateTime;
  const start = schedule?.startDateTime ? Date.parse(schedule.startDateTime) : Number.NaN;
  return Number.isNaN(start) ? null : new Date(start + hours * 3_600_000).toISOString();
}

/** Graph's answer to selfActivate, by its status. */
export function activationResult(input: ActivationInput, request: RoleScheduleRequest): ActionResult {
  const role = roleOf(input);
  const said = `Microsoft Graph answered ${request.status}.`;
  switch (request.status.toLowerCase()) {
    case 'provisioned': {
      const end = activationEnd(request, input.hours);
      return { ok: true, message: `${role} is active now, ${end ? `until ${pimDateText(end)}` : `for ${input.hours} h`}. ${said}` };
    }
    case 'granted': {
      const start = request.scheduleInfo?.startDateTime;
      return { ok: true, message: `${role} will be active ${start ? `from ${pimDateText(start)}` : 'later'}. ${said}` };
    }
    case 'pendingapproval':
      return { ok: true, message: `${role} waits for approval: it is not active yet. ${said}` };
    default:
      return { ok: false, message: `${role} was not activated. ${said}` };
  }
}

export function deactivationResult(input: DeactivationInput, request: RoleScheduleRequest): ActionResult {
  const ok = ['revoked', 'provisioned'].includes(request.status.toLowerCase());
  return { ok, message: `${roleOf(input)} ${ok ? 'was deactivated' : 'was not deactivated'}. Microsoft Graph answered ${request.status}.` };
}

function refused(what: string, error: GraphError): ActionResult {
  const sentence = pimErrorSentence(error);
  // PIM's refusals already quote Graph's message in the sentence; any other keeps it as a detail. The code always.
  const said = error.graphMessage && !sentence.includes(error.graphMessage) ? [`Microsoft Graph said: "${error.graphMessage}"`] : [];
  return {
    ok: false,
    message: `${what} was refused: ${sentence}`,
    details: [...said, `Microsoft Graph's error code: ${error.code}`],
    requestId: error.requestId,
  };
}

/** After a lost answer: is the caller's assignment active now? null when that can't be read either. */
async function isActive(graph: GraphClient, userId: string, input: DeactivationInput): Promise<boolean | null> {
  try {
    const instances = await listMyRoleAssignmentScheduleInstances(graph);
    return instances.some(
      (item) => item.principalId === userId && item.roleDefinitionId === input.roleDefinitionId && item.directoryScopeId === input.directoryScopeId,
    );
  } catch {
    return null;
  }
}

function changedFor(admin: SignedInGraph, input: DeactivationInput) {
  return bladesShowingAssignments([{ ...input, principalId: admin.userId, principalKind: 'user' }]);
}

async function selfRequest(
  admin: SignedInGraph,
  input: DeactivationInput,
  body: NewScheduleRequest,
  words: { what: string; accepted: (request: RoleScheduleRequest) => ActionResult; wantActive: boolean; done: string },
): Promise<WriteOutcome> {
  scheduleRequestPlan('assignment', body); // checks every id before anything is sent (throws InvalidIdError)
  const changed = changedFor(admin, input);
  try {
    const request = await createRoleScheduleRequest(admin.graph, 'assignment', body);
    const result = words.accepted(request);
    return { result, changed: result.ok ? changed : [] };
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    if (!error.isServerOrNetworkFailure) return unchanged(refused(words.what, error));
    const active = await isActive(admin.graph, admin.userId, input);
    const role = roleOf(input);
    const requestId = error.requestId;
    if (active === null) {
      return { result: { ok: false, message: `Unknown whether ${role} ${words.done}: Microsoft Graph's answer was lost. Refresh in a moment to see the current state.`, requestId }, changed };
    }
    const held = active === words.wantActive;
    const state = active ? 'active' : 'not active';
    return {
      result: held
        ? { ok: true, message: `${role} ${words.done}: Microsoft Graph's answer was lost, and a re-read shows it ${state}.` }
        : { ok: false, message: `${role} is ${state}: Microsoft Graph failed, and a re-read shows no change.`, requestId },
      changed,
    };
  }
}

export function activateRoleFor(admin: SignedInGraph, input: ActivationInput): Promise<WriteOutcome> {
  return selfRequest(admin, input, activationRequest(admin.userId, input), {
    what: 'Activation',
    accepted: (request) => activationResult(input, request),
    wantActive: true,
    done: 'was activated',
  });
}

export function deactivateRoleFor(admin: SignedInGraph, input: DeactivationInput): Promise<WriteOutcome> {
  return selfRequest(admin, input, deactivationRequest(admin.userId, input), {
    what: 'Deactivation',
    accepted: (request) => deactivationResult(input, request),
    wantActive: false,
    done: 'was deactivated',
  });
}

/** Cancels one of the caller's requests while it is still Granted (a future start). */
export async function cancelActivationRequestFor(admin: SignedInGraph, input: z.infer<typeof cancelInputSchema>): Promise<WriteOutcome> {
  try {
    await cancelRoleScheduleRequest(admin.graph, 'assignment', input.requestId);
    return { result: { ok: true, message: `The request for ${input.roleName || 'the role'} was cancelled.` }, changed: [{ path: '/my-roles', type: 'page' }] };
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    return unchanged(refused('Cancel', error));
  }
}
