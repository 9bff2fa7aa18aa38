import 'server-only';
import { z } from 'zod';
import type { SignedInGraph } from '@/lib/auth/session';
import { getRoleManagementPolicy, GraphError, toUserMessage, updateRoleManagementPolicyRule, type GraphClient } from '@/lib/graph/server';
import type { PolicyRuleBody } from '@/lib/graph/role-management-policy-plans';
import { durationMs, formatDuration } from '@/lib/roles/iso-duration';
import { changedSettings, RULE_IDS, rulePatches, settingsFromRules, type RoleSettings } from '@/lib/roles/role-settings';
import { unchanged, type ActionResult, type WriteOutcome } from './action-result';
import type { Blade } from './changed-blades';

// Role settings (PIM policy rules): Save PATCHes each rule a changed setting lives in, one after the other, and
// stops at the first that Graph doesn't confirm. Graph has no transaction over rules, so the admin is told exactly
// which rules Graph applied (a 204 each), which one it refused and why, and which were never sent. A lost answer
// (5xx, timeout) is settled by re-reading the policy: applied, not applied, or unknown.

const duration = z.string().refine((value) => (durationMs(value) ?? 0) > 0, 'Enter a duration such as PT8H or P365D.');

/** The settings as the form sends them; the limits (1–24 hours of activation…) are Graph's to enforce. */
export const roleSettingsSchema = z.object({
  activationMaximumDuration: duration,
  activationRequiresMfa: z.boolean(),
  activationRequiresJustification: z.boolean(),
  activationRequiresTicket: z.boolean(),
  activationRequiresApproval: z.boolean(),
  allowPermanentEligible: z.boolean(),
  eligibleMaximumDuration: duration,
  eligibleRequiresJustification: z.boolean(),
  allowPermanentActive: z.boolean(),
  activeMaximumDuration: duration,
  activeRequiresMfa: z.boolean(),
  activeRequiresJustification: z.boolean(),
}) satisfies z.ZodType<RoleSettings>;

export const roleSettingsChangeInputSchema = z.object({
  roleDefinitionId: z.guid('This role doesn\u2019t exist, or was deleted.'),
  roleName: z.string().max(300).default(''),
  /** What the form showed: only the settings the admin changed from it are written. */
  before: roleSettingsSchema,
  after: roleSettingsSchema,
});
export type RoleSettingsChangeInput = z.infer<typeof roleSettingsChangeInputSchema>;

/** Each rule as an admin knows it from Entra's Role settings page. */
export const ruleLabels: Record<string, string> = {
  [RULE_IDS.activationExpiration]: 'Activation maximum duration',
  [RULE_IDS.activationEnablement]: 'Activation requirements (MFA, justification, ticket information)',
  [RULE_IDS.activationApproval]: 'Require approval to activate',
  [RULE_IDS.eligibleExpiration]: 'Eligible assignment expiration',
  [RULE_IDS.eligibleEnablement]: 'Eligible assignment requirements',
  [RULE_IDS.activeExpiration]: 'Active assignment expiration',
  [RULE_IDS.activeEnablement]: 'Active assignment requirements (MFA, justification)',
};
const labelOf = (ruleId: string) => ruleLabels[ruleId] ?? ruleId;

export const ROLE_SETTINGS_DENIED = 'You need the Privileged Role Administrator or Global Administrator role to change role settings.';

/** The role blade (every tab, the Add panel's Setting step reads the rules) and My roles (Activate reads them). */
export function bladesShowingRoleSettings(roleDefinitionId: string): Blade[] {
  return [{ path: `/roles/${roleDefinitionId}`, type: 'layout' }, { path: '/my-roles', type: 'page' }];
}

/**
 * The settings to write: the current ones with only what the admin changed on the form, so a setting someone else
 * changed since the form opened is not put back.
 */
export function intendedSettings(current: RoleSettings, before: RoleSettings, after: RoleSettings): RoleSettings {
  const intended = { ...current };
  for (const key of changedSettings(before, after)) Object.assign(intended, { [key]: after[key] });
  return intended;
}

/** Why Graph refused one rule, in words; Graph's own message goes beside it. */
export function ruleRefusalWords(rule: PolicyRuleBody, error: GraphError): string {
  if (error.status === 403) return ROLE_SETTINGS_DENIED;
  if (error.status === 404) return 'The role\u2019s policy or this rule no longer exists. Refresh to see the current settings.';
  if (error.status === 400 && rule.id === RULE_IDS.activationExpiration && typeof rule.maximumDuration === 'string') {
    return `Microsoft Graph doesn\u2019t accept ${formatDuration(rule.maximumDuration)} as the activation maximum duration (Entra allows 1 to 24 hours).`;
  }
  if (error.status === 400) return `Microsoft Graph refused the new value of ${labelOf(rule.id)}.`;
  return toUserMessage(error, { subject: 'This rule' }).message;
}

/** What Graph did with the PATCHes: `applied` confirmed (204), then at most one `failed`, then the rest `notSent`. */
export type RuleOutcomes = {
  roleName: string;
  applied: string[];
  failed?: { ruleId: string; words: string; error: GraphError; fate: 'refused' | 'unknown' };
  notSent: string[];
};

function list(ruleIds: readonly string[]): string {
  return ruleIds.map(labelOf).join('; ');
}

/** The sentence and per-rule lines for the admin. Nothing is said to have changed that Graph did not confirm. */
export function ruleOutcomesResult({ roleName, applied, failed, notSent }: RuleOutcomes): ActionResult {
  const whose = roleName ? `${roleName}\u2019s role settings` : 'The role settings';
  const lines = [
    ...applied.map((id) => `${labelOf(id)} (${id}): applied.`),
    ...(failed ? [`${labelOf(failed.ruleId)} (${failed.ruleId}): ${failed.fate === 'refused' ? 'refused' : 'unknown'}.`] : []),
    ...notSent.map((id) => `${labelOf(id)} (${id}): not sent.`),
  ];
  if (!failed) return { ok: true, message: `${whose} were saved: Microsoft Graph applied ${applied.length === 1 ? 'the changed rule' : `all ${applied.length} changed rules`}.`, details: lines };
  const graphSaid = `Microsoft Graph: ${failed.error.code}${failed.error.graphMessage ? `: ${failed.error.graphMessage}` : ''}`;
  const details = [...lines, graphSaid];
  const requestId = failed.error.requestId;
  const rest = notSent.length ? ` Not sent: ${list(notSent)}.` : '';
  const done = applied.length ? ` Applied: ${list(applied)}.` : '';
  if (failed.fate === 'unknown') {
    return { ok: false, message: `Unknown whether ${labelOf(failed.ruleId)} was saved: ${failed.words} Refresh in a moment to see the current settings.${done}${rest}`, details, requestId };
  }
  if (applied.length === 0) return { ok: false, message: `${whose} were not saved: ${failed.words} Nothing was changed.`, details, requestId };
  return { ok: false, message: `${whose} were saved only in part: ${failed.words}${done}${rest}`, details, requestId };
}

/** After a lost answer: does the policy Graph holds now say what `rule` was to say? null when it can't be read. */
async function ruleHolds(graph: GraphClient, roleDefinitionId: string, ruleId: string, intended: RoleSettings): Promise<boolean | null> {
  try {
    const policy = await getRoleManagementPolicy(graph, roleDefinitionId);
    if (!policy) return null;
    const rules = policy.rules as PolicyRuleBody[];
    return !rulePatches(rules, settingsFromRules(rules), intended).some((rule) => rule.id === ruleId);
  } catch {
    return null;
  }
}

/** One PATCH: undefined when Graph applied it (its 204, or a re-read after a lost answer), else why not. */
async function sendRule(graph: GraphClient, policyId: string, rule: PolicyRuleBody, holds: () => Promise<boolean | null>): Promise<RuleOutcomes['failed']> {
  try {
    await updateRoleManagementPolicyRule(graph, policyId, rule);
    return undefined;
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    const failed = { ruleId: rule.id, words: ruleRefusalWords(rule, error), error, fate: 'refused' as const };
    if (!error.isServerOrNetworkFailure) return failed;
    const held = await holds();
    if (held === true) return undefined;
    // A timeout may still land after the re-read; only a 5xx followed by a re-read without the change is "not done".
    if (held === null || error.status === 0) return { ...failed, words: 'Microsoft Graph\u2019s answer was lost.', fate: 'unknown' };
    return { ...failed, words: 'Microsoft Graph failed, and a re-read shows no change.' };
  }
}

export async function changeRoleSettingsFor(admin: SignedInGraph, input: RoleSettingsChangeInput): Promise<WriteOutcome> {
  const whose = input.roleName ? `${input.roleName}\u2019s role settings` : 'The role settings';
  // The rules are read again, not taken from the browser: each PATCH carries the whole rule as Graph holds it now.
  let policy;
  try {
    policy = await getRoleManagementPolicy(admin.graph, input.roleDefinitionId);
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) {
      return unchanged({ ok: false, message: `${whose} were not saved: ${ROLE_SETTINGS_DENIED} Nothing was changed.`, requestId: error.requestId });
    }
    throw error;
  }
  if (!policy) return unchanged({ ok: false, message: `${whose} were not saved: the role has no PIM settings (was it deleted?). Nothing was changed.` });
  const rules = policy.rules as PolicyRuleBody[];
  const current = settingsFromRules(rules);
  const intended = intendedSettings(current, input.before, input.after);
  const patches = rulePatches(rules, current, intended);
  if (patches.length === 0) return unchanged({ ok: true, message: `Nothing to save: ${input.roleName ? `${input.roleName}\u2019s role settings` : 'the role settings'} already say this.` });

  const applied: string[] = [];
  for (const [index, rule] of patches.entries()) {
    const failed = await sendRule(admin.graph, policy.id, rule, () => ruleHolds(admin.graph, input.roleDefinitionId, rule.id, intended));
    if (!failed) {
      applied.push(rule.id);
      continue;
    }
    const notSent = patches.slice(index + 1).map((next) => next.id);
    const touched = applied.length > 0 || failed.fate === 'unknown';
    return { result: ruleOutcomesResult({ roleName: input.roleName, applied, failed, notSent }), changed: touched ? bladesShowingRoleSettings(input.roleDefinitionId) : [] };
  }
  return { result: ruleOutcomesResult({ roleName: input.roleName, applied, notSent: [] }), changed: bladesShowingRoleSettings(input.roleDefinitionId) };
}
