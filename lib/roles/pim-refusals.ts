import { GraphError, toUserMessage } from '@/lib/graph/errors';
import { formatDuration } from './iso-duration';

// Graph's PIM refusals (research §2.8, the team contract) in plain words. Graph's own text goes with each, shown
// under the sentence: PIM's messages name the failed rules, which an admin may need to quote to whoever set them.

/** The policy rules Graph names in `RoleAssignmentRequestPolicyValidationFailed`. */
export type PolicyRuleName = 'ExpirationRule' | 'JustificationRule' | 'TicketingRule' | 'MfaRule' | (string & {});

export type PimRefusal = {
  /** One or more plain sentences. */
  message: string;
  /** Graph's message as it came, for the screen beside the sentence. */
  graphMessage?: string;
  code: string;
  /** For a policy refusal: the rules Graph named. */
  rules?: PolicyRuleName[];
};

/** What the sentence may mention: the limit an ExpirationRule refusal is about. */
export type RefusalContext = { maximumDuration?: string; permanentAllowed?: boolean };

/** The rule names out of `The following policy rules failed: ["JustificationRule","ExpirationRule"]`. */
export function failedPolicyRules(graphMessage: string | undefined): PolicyRuleName[] {
  const list = graphMessage?.match(/\[[^\]]*\]/)?.[0];
  if (!list) return [];
  try {
    const parsed: unknown = JSON.parse(list);
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [...list.matchAll(/[A-Za-z]+Rule/g)].map((match) => match[0]);
  }
}

function expirationSentence(context: RefusalContext): string {
  const limits = [
    context.permanentAllowed === false ? 'a permanent assignment is not allowed' : '',
    context.maximumDuration ? `the longest allowed is ${formatDuration(context.maximumDuration)}` : '',
  ].filter(Boolean);
  return `The role's settings don't allow this duration: ${limits.length ? limits.join(', and ') : 'choose an end date within the allowed maximum'}.`;
}

export function policyRuleSentence(rule: PolicyRuleName, context: RefusalContext = {}): string {
  switch (rule) {
    case 'ExpirationRule':
      return expirationSentence(context);
    case 'JustificationRule':
      return "The role's settings require a justification.";
    case 'TicketingRule':
      return "The role's settings require ticket information.";
    case 'MfaRule':
      return "The role's settings require multifactor authentication: sign in again with MFA and retry.";
    default:
      return `The role's settings refused the request (${rule}).`;
  }
}

const CODE_SENTENCES: Record<string, string> = {
  ActiveDurationTooShort:
    'Too soon: an assignment must last at least 5 minutes, and it can only be removed or deactivated 5 minutes after it started.',
  RoleAssignmentExists: 'This assignment already exists.',
  RoleAssignmentDoesNotExist: "The assignment doesn't exist (any more, or yet): refresh to see the current state.",
  PendingRoleAssignmentRequest: 'A request for this role and scope is already waiting (for its start or an approval). Cancel it first, or wait.',
};

// The BadRequest texts of the contract: the code alone says nothing, the text says which refusal it is.
const BAD_REQUEST_SENTENCES: Array<[RegExp, string]> = [
  [/service principals can only be given active assignments/i, 'A service principal can only be given an active assignment, not an eligible one.'],
  [/last active global administrator/i, "The last active Global Administrator can't be removed."],
  [/last active privileged role administrator/i, "The last active Privileged Role Administrator can't be removed."],
  [/cannot be canceled in its current state/i, 'This request can no longer be cancelled: it is already in effect, or was cancelled or refused.'],
  [/filter on scopeId and scopeType is required/i, "The role's settings couldn't be read (the request was incomplete)."],
];

/** A PIM refusal in plain words; null when the code is not one of PIM's (the caller uses its generic sentence). */
export function pimRefusal(code: string, graphMessage: string | undefined, context: RefusalContext = {}): PimRefusal | null {
  if (code === 'RoleAssignmentRequestPolicyValidationFailed') {
    const rules = failedPolicyRules(graphMessage);
    const message = rules.length
      ? rules.map((rule) => policyRuleSentence(rule, context)).join(' ')
      : "The role's settings don't allow this request.";
    return { code, message, graphMessage, rules };
  }
  const sentence = CODE_SENTENCES[code];
  if (sentence) return { code, message: sentence, graphMessage };
  if (code === 'BadRequest' && graphMessage) {
    const match = BAD_REQUEST_SENTENCES.find(([pattern]) => pattern.test(graphMessage));
    if (match) return { code, message: match[1], graphMessage };
  }
  return null;
}

/** The sentence and Graph's text together, as one line for an outcome list: `plain (Graph: "…")`. */
export function refusalLine(refusal: PimRefusal): string {
  return refusal.graphMessage ? `${refusal.message} Microsoft Graph said: "${refusal.graphMessage}"` : refusal.message;
}

/**
 * Any error of a PIM write as one sentence for an outcome line: PIM's refusals in plain words with Graph's text,
 * anything else as the portal's usual sentence.
 */
export function pimErrorSentence(error: unknown, context: RefusalContext = {}, subject = 'This assignment'): string {
  if (error instanceof GraphError) {
    const refusal = pimRefusal(error.code, error.graphMessage, context);
    if (refusal) return refusalLine(refusal);
  }
  return toUserMessage(error, { subject }).message;
}
