import { z } from 'zod';
import type { GraphClient } from './client';
import { GraphError, GraphResponseError } from './errors';
import { assertGuid, odataStringLiteral, withQuery } from './odata';
import { policyRuleUpdatePlan } from './role-management-policy-plans';

// A directory role's PIM settings: one policy per role definition, read through its policy assignment (Graph's
// documented way to find a role's policy), and changed one rule at a time. Policies themselves are read-only.

export const ROLE_MANAGEMENT_POLICY_ASSIGNMENTS_PATH = '/policies/roleManagementPolicyAssignments';

const ruleTargetSchema = z.looseObject({
  caller: z.string().nullish(),
  level: z.string().nullish(),
  operations: z.array(z.string()).nullish(),
});

/**
 * One rule as Graph sends it. Loose on purpose: a PATCH sends the whole rule back with its `@odata.type` and
 * `target`, so every property Graph gave (approval stages, notification recipients …) must survive the round trip.
 */
export const roleManagementPolicyRuleSchema = z.looseObject({
  '@odata.type': z.string(),
  id: z.string(),
  target: ruleTargetSchema.nullish(),
  // ExpirationRule
  isExpirationRequired: z.boolean().nullish(),
  maximumDuration: z.string().nullish(),
  // EnablementRule
  enabledRules: z.array(z.string()).nullish(),
  // ApprovalRule
  setting: z.looseObject({ isApprovalRequired: z.boolean().nullish() }).nullish(),
});
export type RoleManagementPolicyRule = z.infer<typeof roleManagementPolicyRuleSchema>;

export const roleManagementPolicySchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  scopeId: z.string().nullish(),
  scopeType: z.string().nullish(),
  lastModifiedDateTime: z.string().nullish(),
  lastModifiedBy: z.object({ displayName: z.string().nullish(), id: z.string().nullish() }).nullish(),
  rules: z.array(roleManagementPolicyRuleSchema).default([]),
});
export type RoleManagementPolicy = z.infer<typeof roleManagementPolicySchema>;

export const roleManagementPolicyAssignmentSchema = z.object({
  id: z.string(),
  policyId: z.string(),
  roleDefinitionId: z.string().nullish(),
  scopeId: z.string().nullish(),
  scopeType: z.string().nullish(),
  policy: roleManagementPolicySchema.nullish(),
});
export type RoleManagementPolicyAssignment = z.infer<typeof roleManagementPolicyAssignmentSchema>;

/** The policy assignment query for one role at tenant scope; scopeId and scopeType are required by Graph. */
export function roleManagementPolicyAssignmentPath(roleDefinitionId: string): string {
  const id = assertGuid(roleDefinitionId, 'role definition');
  return withQuery(ROLE_MANAGEMENT_POLICY_ASSIGNMENTS_PATH, {
    $filter: `scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq ${odataStringLiteral(id)}`,
    $expand: 'policy($expand=rules)',
  });
}

/** The role's policy with its rules; null when Graph has no policy assignment for it (an unknown role). */
export async function getRoleManagementPolicy(graph: GraphClient, roleDefinitionId: string): Promise<RoleManagementPolicy | null> {
  const { items } = await graph.list(roleManagementPolicyAssignmentPath(roleDefinitionId), roleManagementPolicyAssignmentSchema);
  const assignment = items.find((item) => item.roleDefinitionId?.toLowerCase() === roleDefinitionId.toLowerCase()) ?? items[0];
  if (!assignment) return null;
  if (!assignment.policy) throw new GraphResponseError(`Policy assignment ${assignment.id} came without its expanded policy`);
  return assignment.policy;
}

/**
 * Changes one rule. Graph answers 204; a refusal throws its GraphError. Sent as a one-item `$batch` because the
 * client has no PATCH of its own; the item's failure is thrown as if the call had been direct.
 */
export async function updateRoleManagementPolicyRule(graph: GraphClient, policyId: string, rule: RoleManagementPolicyRule): Promise<void> {
  const request = policyRuleUpdatePlan(policyId, rule);
  const [result] = await graph.batch([{ method: 'PATCH', url: request.url, body: request.body }]);
  if (!result) throw new GraphError({ status: 0, code: 'NetworkError', method: 'PATCH', path: request.url });
  if (!result.ok) throw result.error;
}
