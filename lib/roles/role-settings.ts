import type { PolicyRuleBody } from '@/lib/graph/role-management-policy-plans';
import { durationHours } from './iso-duration';

// A role's PIM settings as Entra's Role settings page shows them, read from the rules of its policy (research §2.6),
// and a change to them written back as PATCHes of only the rules that change. Browser-safe: the Setting step and
// the Role settings editor both use it.

export const RULE_IDS = {
  activationExpiration: 'Expiration_EndUser_Assignment',
  activationEnablement: 'Enablement_EndUser_Assignment',
  activationApproval: 'Approval_EndUser_Assignment',
  eligibleExpiration: 'Expiration_Admin_Eligibility',
  eligibleEnablement: 'Enablement_Admin_Eligibility',
  activeExpiration: 'Expiration_Admin_Assignment',
  activeEnablement: 'Enablement_Admin_Assignment',
} as const;

const EXPIRATION_RULE = '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule';
const ENABLEMENT_RULE = '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule';

/** The `enabledRules` values of an enablement rule. */
export const MFA = 'MultiFactorAuthentication';
export const JUSTIFICATION = 'Justification';
export const TICKETING = 'Ticketing';

/** Graph's defaults (research §2.6), used only for a rule a policy lacks. */
const DEFAULTS = { activationMaximum: 'PT8H', eligibleMaximum: 'P365D', activeMaximum: 'P180D' };

export type RoleSettings = {
  /** Activation maximum duration, an ISO 8601 duration (PT8H). */
  activationMaximumDuration: string;
  activationRequiresMfa: boolean;
  activationRequiresJustification: boolean;
  activationRequiresTicket: boolean;
  activationRequiresApproval: boolean;
  allowPermanentEligible: boolean;
  /** When permanent eligibility is off: the longest an eligible assignment may last (P365D). */
  eligibleMaximumDuration: string;
  /** Not on Entra's page, but enforced on eligible assignments when set. */
  eligibleRequiresJustification: boolean;
  allowPermanentActive: boolean;
  activeMaximumDuration: string;
  activeRequiresMfa: boolean;
  activeRequiresJustification: boolean;
};

/** The rules a setting lives in, to tell which rules a change touches. */
const SETTING_RULE: Record<keyof RoleSettings, string> = {
  activationMaximumDuration: RULE_IDS.activationExpiration,
  activationRequiresMfa: RULE_IDS.activationEnablement,
  activationRequiresJustification: RULE_IDS.activationEnablement,
  activationRequiresTicket: RULE_IDS.activationEnablement,
  activationRequiresApproval: RULE_IDS.activationApproval,
  allowPermanentEligible: RULE_IDS.eligibleExpiration,
  eligibleMaximumDuration: RULE_IDS.eligibleExpiration,
  eligibleRequiresJustification: RULE_IDS.eligibleEnablement,
  allowPermanentActive: RULE_IDS.activeExpiration,
  activeMaximumDuration: RULE_IDS.activeExpiration,
  activeRequiresMfa: RULE_IDS.activeEnablement,
  activeRequiresJustification: RULE_IDS.activeEnablement,
};

type Rule = PolicyRuleBody & {
  isExpirationRequired?: boolean | null;
  maximumDuration?: string | null;
  enabledRules?: string[] | null;
  setting?: ({ isApprovalRequired?: boolean | null } & Record<string, unknown>) | null;
};

function byId(rules: readonly PolicyRuleBody[], id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id) as Rule | undefined;
}

/** The policy's rules as settings; a missing rule reads as Graph's default. */
export function settingsFromRules(rules: readonly PolicyRuleBody[]): RoleSettings {
  const enabled = (id: string) => new Set(byId(rules, id)?.enabledRules ?? []);
  const activation = enabled(RULE_IDS.activationEnablement);
  const eligible = enabled(RULE_IDS.eligibleEnablement);
  const active = enabled(RULE_IDS.activeEnablement);
  const eligibleExpiration = byId(rules, RULE_IDS.eligibleExpiration);
  const activeExpiration = byId(rules, RULE_IDS.activeExpiration);
  return {
    activationMaximumDuration: byId(rules, RULE_IDS.activationExpiration)?.maximumDuration ?? DEFAULTS.activationMaximum,
    activationRequiresMfa: activation.has(MFA),
    activationRequiresJustification: activation.has(JUSTIFICATION),
    activationRequiresTicket: activation.has(TICKETING),
    activationRequiresApproval: byId(rules, RULE_IDS.activationApproval)?.setting?.isApprovalRequired === true,
    allowPermanentEligible: eligibleExpiration?.isExpirationRequired !== true,
    eligibleMaximumDuration: eligibleExpiration?.maximumDuration ?? DEFAULTS.eligibleMaximum,
    eligibleRequiresJustification: eligible.has(JUSTIFICATION),
    allowPermanentActive: activeExpiration?.isExpirationRequired !== true,
    activeMaximumDuration: activeExpiration?.maximumDuration ?? DEFAULTS.activeMaximum,
    activeRequiresMfa: active.has(MFA),
    activeRequiresJustification: active.has(JUSTIFICATION),
  };
}

/** The activation maximum in hours (8 when unreadable). */
export function activationMaximumHours(settings: RoleSettings): number {
  return durationHours(settings.activationMaximumDuration) ?? 8;
}

// Each rule rebuilt from its settings, on top of the rule as Graph sent it so `target` and the rest survive.
function withEnabled(rule: Rule, flags: Array<[string, boolean]>): Rule {
  const kept = (rule.enabledRules ?? []).filter((name) => !flags.some(([flag]) => flag === name));
  const added = flags.filter(([, on]) => on).map(([name]) => name);
  // Graph's own order: MultiFactorAuthentication, Justification, Ticketing.
  const order = [MFA, JUSTIFICATION, TICKETING];
  const enabledRules = [...kept, ...added].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return { ...rule, enabledRules };
}

function rebuilt(rule: Rule, settings: RoleSettings): Rule {
  switch (rule.id) {
    case RULE_IDS.activationExpiration:
      return { ...rule, isExpirationRequired: true, maximumDuration: settings.activationMaximumDuration };
    case RULE_IDS.activationEnablement:
      return withEnabled(rule, [[MFA, settings.activationRequiresMfa], [JUSTIFICATION, settings.activationRequiresJustification], [TICKETING, settings.activationRequiresTicket]]);
    case RULE_IDS.activationApproval:
      return { ...rule, setting: { ...(rule.setting ?? {}), isApprovalRequired: settings.activationRequiresApproval } };
    case RULE_IDS.eligibleExpiration:
      return { ...rule, isExpirationRequired: !settings.allowPermanentEligible, maximumDuration: settings.eligibleMaximumDuration };
    case RULE_IDS.eligibleEnablement:
      return withEnabled(rule, [[JUSTIFICATION, settings.eligibleRequiresJustification]]);
    case RULE_IDS.activeExpiration:
      return { ...rule, isExpirationRequired: !settings.allowPermanentActive, maximumDuration: settings.activeMaximumDuration };
    case RULE_IDS.activeEnablement:
      return withEnabled(rule, [[MFA, settings.activeRequiresMfa], [JUSTIFICATION, settings.activeRequiresJustification]]);
    default:
      return rule;
  }
}

/** The settings that differ between `before` and `after`. */
export function changedSettings(before: RoleSettings, after: RoleSettings): Array<keyof RoleSettings> {
  return (Object.keys(SETTING_RULE) as Array<keyof RoleSettings>).filter((key) => before[key] !== after[key]);
}

/**
 * The rules to PATCH so the policy says `after`: only those a changed setting lives in, each the whole rule as
 * Graph sent it with the changed values. A rule the policy lacks is created from its type (never the case on Graph,
 * whose every role policy carries all 17 rules, but the portal does not assume it).
 */
export function rulePatches(rules: readonly PolicyRuleBody[], before: RoleSettings, after: RoleSettings): PolicyRuleBody[] {
  const ruleIds = [...new Set(changedSettings(before, after).map((key) => SETTING_RULE[key]))];
  return Object.values(RULE_IDS)
    .filter((id) => ruleIds.includes(id))
    .map((id) => rebuilt(byId(rules, id) ?? missingRule(id), after));
}

function missingRule(id: string): Rule {
  const [kind = '', caller = '', level = ''] = id.split('_');
  const type = kind === 'Expiration' ? EXPIRATION_RULE : kind === 'Enablement' ? ENABLEMENT_RULE : '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule';
  return {
    '@odata.type': type,
    id,
    target: { caller, operations: ['all'], level, inheritableSettings: [], enforcedSettings: [] },
  };
}
