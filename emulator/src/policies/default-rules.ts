import { idFor } from '../seed/ids';

/**
 * The role settings (PIM policy) of Entra roles as Graph v1.0 shows them: one `unifiedRoleManagementPolicy` per
 * role definition, built-in or custom, each with the same 17 rules until an admin changes one. Values and order
 * are those of the Global Administrator policy in Graph's own example
 * (https://learn.microsoft.com/graph/api/policyroot-list-rolemanagementpolicyassignments, example 2).
 */

export type RuleCaller = 'Admin' | 'EndUser';
export type RuleLevel = 'Eligibility' | 'Assignment';

export type RuleTarget = {
  caller: RuleCaller;
  /** Graph answers `["all"]` in lower case although the enum spells it `All`. */
  operations: string[];
  level: RuleLevel;
  inheritableSettings: string[];
  enforcedSettings: string[];
};

export type ExpirationRule = {
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule';
  id: string;
  isExpirationRequired: boolean;
  maximumDuration: string;
  target: RuleTarget;
};

export type EnablementRule = {
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule';
  id: string;
  enabledRules: string[];
  target: RuleTarget;
};

export type Approver = { '@odata.type': '#microsoft.graph.singleUser'; userId: string; description?: string | null }
  | { '@odata.type': '#microsoft.graph.groupMembers'; groupId: string; description?: string | null };

export type ApprovalStage = {
  approvalStageTimeOutInDays: number;
  isApproverJustificationRequired: boolean;
  escalationTimeInMinutes: number;
  isEscalationEnabled: boolean;
  primaryApprovers: Approver[];
  escalationApprovers: Approver[];
};

export type ApprovalRule = {
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule';
  id: string;
  target: RuleTarget;
  setting: {
    isApprovalRequired: boolean;
    isApprovalRequiredForExtension: boolean;
    isRequestorJustificationRequired: boolean;
    approvalMode: string;
    approvalStages: ApprovalStage[];
  };
};

export type AuthenticationContextRule = {
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule';
  id: string;
  isEnabled: boolean;
  claimValue: string | null;
  target: RuleTarget;
};

export type NotificationRule = {
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule';
  id: string;
  notificationType: string;
  recipientType: string;
  notificationLevel: string;
  isDefaultRecipientsEnabled: boolean;
  notificationRecipients: string[];
  target: RuleTarget;
};

export type PolicyRule = ExpirationRule | EnablementRule | ApprovalRule | AuthenticationContextRule | NotificationRule;
export type PolicyRuleType = PolicyRule['@odata.type'];

const target = (caller: RuleCaller, level: RuleLevel): RuleTarget => ({
  caller, operations: ['all'], level, inheritableSettings: [], enforcedSettings: [],
});

const notifications = (caller: RuleCaller, level: RuleLevel): NotificationRule[] =>
  (['Admin', 'Requestor', 'Approver'] as const).map((recipientType) => ({
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule',
    id: `Notification_${recipientType}_${caller}_${level}`,
    notificationType: 'Email',
    recipientType,
    notificationLevel: 'All',
    isDefaultRecipientsEnabled: true,
    notificationRecipients: [],
    target: target(caller, level),
  }));

const defaults: readonly PolicyRule[] = [
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
    id: 'Expiration_Admin_Eligibility', isExpirationRequired: false, maximumDuration: 'P365D', target: target('Admin', 'Eligibility'),
  },
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
    id: 'Enablement_Admin_Eligibility', enabledRules: [], target: target('Admin', 'Eligibility'),
  },
  ...notifications('Admin', 'Eligibility'),
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
    id: 'Expiration_Admin_Assignment', isExpirationRequired: false, maximumDuration: 'P180D', target: target('Admin', 'Assignment'),
  },
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
    id: 'Enablement_Admin_Assignment', enabledRules: ['Justification'], target: target('Admin', 'Assignment'),
  },
  ...notifications('Admin', 'Assignment'),
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
    id: 'Expiration_EndUser_Assignment', isExpirationRequired: true, maximumDuration: 'PT8H', target: target('EndUser', 'Assignment'),
  },
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
    id: 'Enablement_EndUser_Assignment', enabledRules: ['MultiFactorAuthentication', 'Justification'], target: target('EndUser', 'Assignment'),
  },
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
    id: 'Approval_EndUser_Assignment',
    target: target('EndUser', 'Assignment'),
    setting: {
      isApprovalRequired: false,
      isApprovalRequiredForExtension: false,
      isRequestorJustificationRequired: true,
      approvalMode: 'SingleStage',
      approvalStages: [
        {
          approvalStageTimeOutInDays: 1, isApproverJustificationRequired: true, escalationTimeInMinutes: 0,
          isEscalationEnabled: false, primaryApprovers: [], escalationApprovers: [],
        },
      ],
    },
  },
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule',
    id: 'AuthenticationContext_EndUser_Assignment', isEnabled: false, claimValue: null, target: target('EndUser', 'Assignment'),
  },
  ...notifications('EndUser', 'Assignment'),
];

/** A fresh copy of the 17 default rules, in Graph's order (callers may change the copy). */
export function defaultRules(): PolicyRule[] {
  return structuredClone(defaults) as PolicyRule[];
}

/** The ids of the 17 rules, in Graph's order. */
export const ruleIds: readonly string[] = defaults.map((rule) => rule.id);

/** The default rule with this id (case as Graph spells it), or null. */
export function defaultRule(ruleId: string): PolicyRule | null {
  const found = defaults.find((rule) => rule.id === ruleId);
  return found ? (structuredClone(found) as PolicyRule) : null;
}

/**
 * The policy's second GUID. Entra's are random; ours is name-based on the role id, so every role (a custom role
 * created later too) has its policy id without anything being stored, and the id survives a reseed.
 */
export function policyGuidFor(roleDefinitionId: string): string {
  return idFor(`roleManagementPolicy:${roleDefinitionId.toLowerCase()}`);
}

/** `DirectoryRole_{tenantId}_{policyGuid}`: the id shape Graph's example shows. */
export function policyIdFor(tenantId: string, roleDefinitionId: string): string {
  return `DirectoryRole_${tenantId}_${policyGuidFor(roleDefinitionId)}`;
}

/** `DirectoryRole_{tenantId}_{policyGuid}_{roleDefinitionId}`: the policy id plus the role it is assigned to. */
export function policyAssignmentIdFor(tenantId: string, roleDefinitionId: string): string {
  return `${policyIdFor(tenantId, roleDefinitionId)}_${roleDefinitionId.toLowerCase()}`;
}
