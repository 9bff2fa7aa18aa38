import { describe, expect, it } from 'vitest';
import type { PolicyRuleBody } from '@/lib/graph/role-management-policy-plans';
import { activationMaximumHours, changedSettings, rulePatches, settingsFromRules } from './role-settings';

const target = (caller: string, level: string) => ({
  '@odata.type': 'microsoft.graph.unifiedRoleManagementPolicyRuleTarget',
  caller,
  operations: ['all'],
  level,
  inheritableSettings: [],
  enforcedSettings: [],
});
const expiration = 'microsoft.graph.unifiedRoleManagementPolicyExpirationRule';
const enablement = 'microsoft.graph.unifiedRoleManagementPolicyEnablementRule';

// Graph's default rules (research §2.6), as the Global Administrator policy example returns them.
const defaults: PolicyRuleBody[] = [
  { '@odata.type': `#${expiration}`, id: 'Expiration_EndUser_Assignment', isExpirationRequired: true, maximumDuration: 'PT8H', target: target('EndUser', 'Assignment') },
  { '@odata.type': `#${enablement}`, id: 'Enablement_EndUser_Assignment', enabledRules: ['MultiFactorAuthentication', 'Justification'], target: target('EndUser', 'Assignment') },
  {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
    id: 'Approval_EndUser_Assignment',
    setting: { isApprovalRequired: false, isRequestorJustificationRequired: true, approvalMode: 'SingleStage', approvalStages: [{ approvalStageTimeOutInDays: 1 }] },
    target: target('EndUser', 'Assignment'),
  },
  { '@odata.type': `#${expiration}`, id: 'Expiration_Admin_Eligibility', isExpirationRequired: false, maximumDuration: 'P365D', target: target('Admin', 'Eligibility') },
  { '@odata.type': `#${enablement}`, id: 'Enablement_Admin_Eligibility', enabledRules: [], target: target('Admin', 'Eligibility') },
  { '@odata.type': `#${expiration}`, id: 'Expiration_Admin_Assignment', isExpirationRequired: false, maximumDuration: 'P180D', target: target('Admin', 'Assignment') },
  { '@odata.type': `#${enablement}`, id: 'Enablement_Admin_Assignment', enabledRules: ['Justification'], target: target('Admin', 'Assignment') },
];

describe('role settings from the policy rules', () => {
  it('reads Graph’s defaults as Entra’s page shows them', () => {
    const settings = settingsFromRules(defaults);
    expect(settings).toEqual({
      activationMaximumDuration: 'PT8H',
      activationRequiresMfa: true,
      activationRequiresJustification: true,
      activationRequiresTicket: false,
      activationRequiresApproval: false,
      allowPermanentEligible: true,
      eligibleMaximumDuration: 'P365D',
      eligibleRequiresJustification: false,
      allowPermanentActive: true,
      activeMaximumDuration: 'P180D',
      activeRequiresMfa: false,
      activeRequiresJustification: true,
    });
    expect(activationMaximumHours(settings)).toBe(8);
  });

  it('reads changed rules: permanence forbidden, a ticket and approval required', () => {
    const rules = defaults.map((rule) =>
      rule.id === 'Expiration_Admin_Assignment'
        ? { ...rule, isExpirationRequired: true, maximumDuration: 'P15D' }
        : rule.id === 'Enablement_EndUser_Assignment'
          ? { ...rule, enabledRules: ['Ticketing'] }
          : rule.id === 'Approval_EndUser_Assignment'
            ? { ...rule, setting: { isApprovalRequired: true } }
            : rule,
    );
    const settings = settingsFromRules(rules);
    expect(settings.allowPermanentActive).toBe(false);
    expect(settings.activeMaximumDuration).toBe('P15D');
    expect(settings.activationRequiresTicket).toBe(true);
    expect(settings.activationRequiresMfa).toBe(false);
    expect(settings.activationRequiresApproval).toBe(true);
  });

  it('patches only the rules a changed setting lives in, each whole, with its type and target', () => {
    const before = settingsFromRules(defaults);
    const after = { ...before, activationMaximumDuration: 'PT4H', activationRequiresTicket: true, activationRequiresMfa: false };
    expect(changedSettings(before, after)).toEqual(['activationMaximumDuration', 'activationRequiresMfa', 'activationRequiresTicket']);
    const patches = rulePatches(defaults, before, after);
    expect(patches.map((rule) => rule.id)).toEqual(['Expiration_EndUser_Assignment', 'Enablement_EndUser_Assignment']);
    expect(patches[0]).toEqual({ ...defaults[0], maximumDuration: 'PT4H' });
    expect(patches[1]).toEqual({ ...defaults[1], enabledRules: ['Justification', 'Ticketing'] });
    expect(rulePatches(defaults, before, before)).toEqual([]);
  });

  it('turns permanence off by requiring expiration, and keeps the approval rule’s other settings', () => {
    const before = settingsFromRules(defaults);
    const patches = rulePatches(defaults, before, { ...before, allowPermanentEligible: false, eligibleMaximumDuration: 'P90D', activationRequiresApproval: true });
    expect(patches.find((rule) => rule.id === 'Expiration_Admin_Eligibility')).toMatchObject({ isExpirationRequired: true, maximumDuration: 'P90D' });
    expect(patches.find((rule) => rule.id === 'Approval_EndUser_Assignment')?.setting).toMatchObject({
      isApprovalRequired: true,
      isRequestorJustificationRequired: true,
      approvalMode: 'SingleStage',
    });
  });
});
