import { InvalidIdError } from './errors';
import { segment } from './odata';
import type { PlannedRequest } from './request-plans';

// The one write on a role's PIM settings: PATCH one rule of its policy. Built here, zod-free like request-plans.ts,
// so "View Graph request" in the browser shows exactly what role-management-policies.ts sends.

export const ROLE_MANAGEMENT_POLICIES_PATH = '/policies/roleManagementPolicies';

/** A rule as PATCH sends it: the whole rule, its `@odata.type` and `target` included (Graph requires both). */
export type PolicyRuleBody = { '@odata.type': string; id: string } & Record<string, unknown>;

/** Policy ids are `DirectoryRole_{tenantId}_{policyGuid}`: opaque, but only these characters ever. */
const POLICY_ID_PATTERN = /^[A-Za-z0-9_.-]{1,200}$/;
/** Rule ids are names such as `Expiration_EndUser_Assignment`. */
const RULE_ID_PATTERN = /^[A-Za-z0-9_]{1,100}$/;

export function assertPolicyId(value: unknown): string {
  if (typeof value !== 'string' || !POLICY_ID_PATTERN.test(value)) throw new InvalidIdError('role management policy', value);
  return value;
}

export function assertPolicyRuleId(value: unknown): string {
  if (typeof value !== 'string' || !RULE_ID_PATTERN.test(value)) throw new InvalidIdError('policy rule', value);
  return value;
}

/** `PATCH /policies/roleManagementPolicies/{policyId}/rules/{ruleId}` with the rule as its body. */
export function policyRuleUpdatePlan(policyId: string, rule: PolicyRuleBody): PlannedRequest {
  return {
    method: 'PATCH',
    url: `${ROLE_MANAGEMENT_POLICIES_PATH}/${segment(assertPolicyId(policyId))}/rules/${segment(assertPolicyRuleId(rule.id))}`,
    body: { ...rule },
  };
}
