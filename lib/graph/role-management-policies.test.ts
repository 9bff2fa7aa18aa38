// The role's PIM policy: the query Graph requires, the expanded policy picked out of its assignment, and one rule's
// PATCH as the preview shows it. The client is a stand-in that records what is asked, so each case can fail on
// the exact URL or body.
import { describe, expect, it } from 'vitest';
import type { BatchRequest, GraphClient } from './client';
import { GraphError, InvalidIdError } from './errors';
import { getRoleManagementPolicy, roleManagementPolicyAssignmentPath, updateRoleManagementPolicyRule } from './role-management-policies';
import { policyRuleUpdatePlan } from './role-management-policy-plans';
import { powerShellCommand } from './powershell';

const roleId = '62e90394-69f5-4237-9190-012177145e10';
const policyId = 'DirectoryRole_6a8b2d3c-0000-4000-8000-000000000001_0f8c4a51-1111-4111-8111-111111111111';
const rule = {
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
  id: 'Expiration_EndUser_Assignment',
  isExpirationRequired: true,
  maximumDuration: 'PT4H',
  target: { caller: 'EndUser', operations: ['all'], level: 'Assignment', inheritableSettings: [], enforcedSettings: [] },
};

function stub(answer: { list?: unknown[]; batch?: Awaited<ReturnType<GraphClient['batch']>> }) {
  const asked: { lists: string[]; batches: BatchRequest[][] } = { lists: [], batches: [] };
  const graph = {
    baseUrl: 'https://graph.example/v1.0',
    list: async (path: string, schema: { parse: (value: unknown) => unknown }) => {
      asked.lists.push(path);
      return { items: (answer.list ?? []).map((item) => schema.parse(item)), count: undefined };
    },
    batch: async (requests: readonly BatchRequest[]) => {
      asked.batches.push([...requests]);
      return answer.batch ?? [];
    },
  } as unknown as GraphClient;
  return { graph, asked };
}

describe('a role’s management policy', () => {
  it('asks for the role’s policy assignment at tenant scope with the policy and its rules expanded', () => {
    const path = roleManagementPolicyAssignmentPath(roleId);
    expect(decodeURIComponent(path)).toBe(
      `/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${roleId}'&$expand=policy($expand=rules)`,
    );
    expect(() => roleManagementPolicyAssignmentPath("x' or 1 eq 1")).toThrow(InvalidIdError);
  });

  it('returns the expanded policy with its rules whole (unknown rule properties kept for the PATCH)', async () => {
    const approval = { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule', id: 'Approval_EndUser_Assignment', setting: { isApprovalRequired: false, approvalStages: [{ approvalStageTimeOutInDays: 1 }] } };
    const { graph, asked } = stub({
      list: [{ id: `${policyId}_${roleId}`, policyId, roleDefinitionId: roleId, scopeId: '/', scopeType: 'DirectoryRole', policy: { id: policyId, rules: [rule, approval] } }],
    });
    const policy = await getRoleManagementPolicy(graph, roleId);
    expect(asked.lists).toEqual([roleManagementPolicyAssignmentPath(roleId)]);
    expect(policy?.id).toBe(policyId);
    expect(policy?.rules).toEqual([rule, approval]);
    expect(await getRoleManagementPolicy(stub({ list: [] }).graph, roleId)).toBeNull();
  });

  it('PATCHes one rule with its type and target, and throws Graph’s refusal', async () => {
    const plan = policyRuleUpdatePlan(policyId, rule);
    expect(plan).toEqual({ method: 'PATCH', url: `/policies/roleManagementPolicies/${policyId}/rules/Expiration_EndUser_Assignment`, body: rule });
    expect(() => policyRuleUpdatePlan('../x', rule)).toThrow(InvalidIdError);
    expect(() => policyRuleUpdatePlan(policyId, { ...rule, id: 'a/b' })).toThrow(InvalidIdError);

    const done = stub({ batch: [{ ok: true, status: 204, body: undefined }] });
    await updateRoleManagementPolicyRule(done.graph, policyId, rule);
    expect(done.asked.batches).toEqual([[{ method: 'PATCH', url: plan.url, body: rule }]]);

    const refusal = new GraphError({ status: 400, code: 'BadRequest', graphMessage: 'The rule type does not match.' });
    await expect(updateRoleManagementPolicyRule(stub({ batch: [{ ok: false, status: 400, error: refusal }] }).graph, policyId, rule)).rejects.toBe(refusal);
  });

  it('has a PowerShell equivalent for the preview', () => {
    expect(powerShellCommand(policyRuleUpdatePlan(policyId, rule))).toMatch(
      new RegExp(`^Update-MgPolicyRoleManagementPolicyRule -UnifiedRoleManagementPolicyId '${policyId}' -UnifiedRoleManagementPolicyRuleId 'Expiration_EndUser_Assignment' -BodyParameter`),
    );
  });
});
