import type { GraphError } from '@/lib/graph/errors';

// PIM's refusals in plain words (pim-contract "Errors"). A minimal mapping of P1's own until P2's lib/roles/pim-refusals.ts
// is merged; Graph's own message always goes with it, since its text names the rule or role that refused.

const ruleWords: Record<string, string> = {
  ExpirationRule: "The role's settings don't allow this duration: choose an earlier end, or an end at all.",
  JustificationRule: "The role's settings require a justification.",
  TicketingRule: "The role's settings require ticket information.",
  MfaRule: "The role's settings require multifactor authentication: sign in again with MFA.",
};

/** The rule names of a `RoleAssignmentRequestPolicyValidationFailed` message: `… failed: ["JustificationRule","ExpirationRule"]`. */
export function failedPolicyRules(message: string | undefined): string[] {
  const list = /\[(.*)\]/.exec(message ?? '')?.[1];
  if (!list) return [];
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1] as string);
}

/** A sentence for a PIM refusal, or null when it is not one of PIM's own (the generic Graph wording applies). */
export function pimRefusalWords(error: Pick<GraphError, 'code' | 'graphMessage' | 'status'>): string | null {
  switch (error.code) {
    case 'RoleAssignmentRequestPolicyValidationFailed': {
      const rules = failedPolicyRules(error.graphMessage);
      const words = rules.map((rule) => ruleWords[rule] ?? `The role's settings refused it (${rule}).`);
      return words.length ? words.join(' ') : "The role's settings don't allow this request.";
    }
    case 'ActiveDurationTooShort':
      return 'PIM needs 5 minutes: an assignment can\u2019t be shorter, or be removed or deactivated within 5 minutes of its start. Try again in a few minutes.';
    case 'RoleAssignmentExists':
      return 'This assignment already exists.';
    case 'RoleAssignmentDoesNotExist':
      return 'The assignment doesn\u2019t exist any more (or, to renew, expired more than 30 days ago). Refresh to see the current state.';
    case 'PendingRoleAssignmentRequest':
      return 'There is already a pending request for this principal, role and scope.';
    default:
      // Graph's BadRequest texts for PIM (last Global Administrator, service principals) are plain English already.
      return error.status === 400 && error.code === 'BadRequest' && error.graphMessage ? error.graphMessage : null;
  }
}
