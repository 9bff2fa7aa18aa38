import type { Caller } from '../identity';
import type { Queryable } from '../store/db';
import type { ApprovalRule, EnablementRule, ExpirationRule, PolicyRule } from './default-rules';
import { addIsoDuration, parseIsoDuration } from './iso-duration';
import { loadPolicyRules } from './policy-store';

export type PolicyCheckInput = {
  roleDefinitionId: string;
  level: 'Eligibility' | 'Assignment';
  caller: 'Admin' | 'EndUser';
  action: string;
  start: Date;
  end: Date | null;
  justification: string | null;
  ticketInfo: { ticketNumber?: string | null; ticketSystem?: string | null } | null;
  mfa: boolean;
};

export type PolicyCheckResult = {
  /** Names for Graph's `The following policy rules failed: [...]` message, in a stable order; empty when all pass. */
  failedRules: string[];
  /** The approval rule is on for this action: the request goes to `PendingApproval` instead of taking effect. */
  approvalRequired: boolean;
  /** The longest duration the expiration rule allows (`PT8H`), or null when it does not limit the end. */
  maximumDuration: string | null;
};

/**
 * Rule names in the order the message lists them. Graph's order for several failures is not documented; the
 * team's contract gives `["JustificationRule","ExpirationRule"]`, so the enablement rules come first.
 */
const ruleOrder = ['JustificationRule', 'TicketingRule', 'MfaRule', 'ExpirationRule'] as const;
type FailedRule = (typeof ruleOrder)[number];

/** The target `operations` value each request action is checked under. */
const operationOf: Record<string, string> = {
  adminassign: 'Assign',
  adminupdate: 'Update',
  adminextend: 'Extend',
  adminrenew: 'Renew',
  selfactivate: 'Activate',
  selfextend: 'Extend',
  selfrenew: 'Renew',
};

const nothing: PolicyCheckResult = { failedRules: [], approvalRequired: false, maximumDuration: null };

/**
 * Checks a schedule request against the role's policy: the rules whose target is (caller, level) and whose
 * operations cover the action. Removals and deactivations check nothing (Entra lets them through whatever the
 * settings); the hard limits (5 minutes, last Global Administrator) are the request handler's, not policy.
 * `tenantId` names the policy's tenant; the emulator holds one tenant, so the role alone finds the policy.
 */
export async function checkAgainstPolicy(db: Queryable, tenantId: string, input: PolicyCheckInput): Promise<PolicyCheckResult> {
  const operation = operationOf[input.action.toLowerCase()];
  if (!operation) return nothing;
  const rules = (await loadPolicyRules(db, input.roleDefinitionId)).filter(
    (rule) => rule.target.caller === input.caller && rule.target.level === input.level && covers(rule, operation),
  );
  const failed = new Set<FailedRule>();
  let maximumDuration: string | null = null;
  let approvalRequired = false;

  for (const rule of rules) {
    if (isExpiration(rule)) {
      if (rule.isExpirationRequired) maximumDuration = rule.maximumDuration;
      if (!expirationMet(rule, input)) failed.add('ExpirationRule');
    } else if (isEnablement(rule)) {
      const enabled = new Set(rule.enabledRules.map((r) => r.toLowerCase()));
      if (enabled.has('justification') && !hasText(input.justification)) failed.add('JustificationRule');
      if (enabled.has('ticketing') && !hasText(input.ticketInfo?.ticketNumber ?? null)) failed.add('TicketingRule');
      if (enabled.has('multifactorauthentication') && !input.mfa) failed.add('MfaRule');
    } else if (isApproval(rule)) {
      const required = operation === 'Activate' ? rule.setting.isApprovalRequired
        : operation === 'Extend' || operation === 'Renew' ? rule.setting.isApprovalRequiredForExtension : false;
      if (required) {
        approvalRequired = true;
        // An approver decides on the requestor's reason, so the approval rule asks for one of its own.
        if (rule.setting.isRequestorJustificationRequired && !hasText(input.justification)) failed.add('JustificationRule');
      }
    }
  }
  return { failedRules: ruleOrder.filter((name) => failed.has(name)), approvalRequired, maximumDuration };
}

/**
 * A permanent item fails when expiration is required; a dated one fails when it ends after start + maximumDuration.
 * The maximum only binds while expiration is required: with "Allow permanent … assignment" on, Entra's settings page
 * disables the "Expire … after" choice, so any end is allowed.
 */
function expirationMet(rule: ExpirationRule, input: PolicyCheckInput): boolean {
  if (!rule.isExpirationRequired) return true;
  if (input.end === null) return false;
  const maximum = parseIsoDuration(rule.maximumDuration);
  if (!maximum) return true;
  return input.end.getTime() <= addIsoDuration(input.start, maximum).getTime();
}

function covers(rule: PolicyRule, operation: string): boolean {
  return rule.target.operations.some((op) => op.toLowerCase() === 'all' || op.toLowerCase() === operation.toLowerCase());
}

const hasText = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== '';

const isExpiration = (rule: PolicyRule): rule is ExpirationRule => rule['@odata.type'] === '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule';
const isEnablement = (rule: PolicyRule): rule is EnablementRule => rule['@odata.type'] === '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule';
const isApproval = (rule: PolicyRule): rule is ApprovalRule => rule['@odata.type'] === '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule';

/** Whether the caller's token says the user did multifactor authentication (`"mfa"` in `amr`); never for an app. */
export function callerHasMfa(caller: Caller): boolean {
  return caller.kind === 'user' && caller.amr.some((method) => method.toLowerCase() === 'mfa');
}
