import type { NewScheduleRequest } from '@/lib/graph/schedule-request-plans';

// The selfActivate and selfDeactivate bodies of My roles, built in one place: the server action sends exactly these
// (lib/actions/pim-activation.ts) and the Activate panel's "View Graph request" shows exactly these. Zod-free, so
// the browser may import it (scripts/check-bundles.mjs).

export type ActivationRequestInput = {
  roleDefinitionId: string;
  directoryScopeId: string;
  hours: number;
  justification?: string;
  ticketNumber?: string;
  ticketSystem?: string;
};

/** selfActivate for `userId`, for `hours` from now (Graph starts it when it is accepted). */
export function activationRequest(userId: string, input: ActivationRequestInput): NewScheduleRequest {
  const ticket = input.ticketNumber || input.ticketSystem ? { ticketNumber: input.ticketNumber ?? '', ticketSystem: input.ticketSystem ?? '' } : undefined;
  return {
    action: 'selfActivate',
    principalId: userId,
    roleDefinitionId: input.roleDefinitionId,
    directoryScopeId: input.directoryScopeId,
    ...(input.justification ? { justification: input.justification } : {}),
    scheduleInfo: { expiration: { type: 'afterDuration', duration: `PT${input.hours}H` } },
    ...(ticket ? { ticketInfo: ticket } : {}),
  };
}

export function deactivationRequest(userId: string, input: { roleDefinitionId: string; directoryScopeId: string }): NewScheduleRequest {
  return { action: 'selfDeactivate', principalId: userId, roleDefinitionId: input.roleDefinitionId, directoryScopeId: input.directoryScopeId };
}
