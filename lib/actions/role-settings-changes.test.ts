// Save on Role settings against the emulator's Contoso tenant: as Patti Fernandez (Privileged Role Administrator),
// as Isaiah Langer (Global Reader: may read the settings, not change them) and as Alex Wilber (no admin role). Other
// files share this emulator, so the tests change Usage Summary Reports Reader, a role no other file reads the policy
// of, and put its rules back afterwards.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphError } from '@/lib/graph/errors';
import { getRoleManagementPolicy, updateRoleManagementPolicyRule } from '@/lib/graph/role-management-policies';
import type { PolicyRuleBody } from '@/lib/graph/role-management-policy-plans';
import { settingsFromRules, type RoleSettings } from '@/lib/roles/role-settings';
import { admin, builtInRoles, graphAs, servedFor } from '@/tests/graph-fixtures';
import { changeRoleSettingsFor, intendedSettings, roleSettingsChangeInputSchema, ruleOutcomesResult, type RoleSettingsChangeInput } from './role-settings-changes';

// `server-only` refuses to load outside a React server bundle; these tests are the server.
vi.mock('server-only', () => ({}));

const role = builtInRoles.usageSummaryReportsReader;
const roleName = 'Usage Summary Reports Reader';
let original: { policyId: string; rules: PolicyRuleBody[] } = { policyId: '', rules: [] };

async function settingsNow(): Promise<RoleSettings> {
  const { graph } = await graphAs('PattiF');
  const policy = await getRoleManagementPolicy(graph, role);
  return settingsFromRules((policy?.rules ?? []) as PolicyRuleBody[]);
}

const change = (before: RoleSettings, edits: Partial<RoleSettings>): RoleSettingsChangeInput =>
  roleSettingsChangeInputSchema.parse({ roleDefinitionId: role, roleName, before, after: { ...before, ...edits } });

beforeAll(async () => {
  const { graph } = await graphAs('PattiF');
  const policy = await getRoleManagementPolicy(graph, role);
  if (!policy) throw new Error(`${roleName} has no policy`);
  original = { policyId: policy.id, rules: policy.rules as PolicyRuleBody[] };
});

afterAll(async () => {
  const { graph } = await graphAs('PattiF');
  for (const rule of original.rules.filter((item) => !item.id.startsWith('Notification_'))) {
    await updateRoleManagementPolicyRule(graph, original.policyId, rule);
  }
});

describe('Save on Role settings, against the emulator', () => {
  it('PATCHes only the rules the admin changed, says Graph applied them, and Graph then shows the new values', async () => {
    const { graph, log } = await graphAs('PattiF');
    const before = await settingsNow();
    const outcome = await changeRoleSettingsFor({ graph, userId: '' }, change(before, { activationMaximumDuration: 'PT4H', activationRequiresTicket: true }));
    expect(outcome.result).toMatchObject({ ok: true, message: `${roleName}\u2019s role settings were saved: Microsoft Graph applied all 2 changed rules.` });
    expect(outcome.result.details).toEqual([
      'Activation maximum duration (Expiration_EndUser_Assignment): applied.',
      'Activation requirements (MFA, justification, ticket information) (Enablement_EndUser_Assignment): applied.',
    ]);
    expect(outcome.changed.map((blade) => blade.path)).toEqual([`/roles/${role}`, '/my-roles']);
    const patched = (await servedFor(log)).filter((served) => served.method === 'PATCH').map((served) => served.path.split('/').pop());
    expect(patched).toEqual(['Expiration_EndUser_Assignment', 'Enablement_EndUser_Assignment']);
    const after = await settingsNow();
    expect(after).toEqual({ ...before, activationMaximumDuration: 'PT4H', activationRequiresTicket: true });
  });

  it('stops at Graph\u2019s refusal of an activation maximum over 24 hours: in words, with Graph\u2019s message, nothing changed', async () => {
    const { graph } = await graphAs('PattiF');
    const before = await settingsNow();
    const outcome = await changeRoleSettingsFor({ graph, userId: '' }, change(before, { activationMaximumDuration: 'PT25H', activationRequiresJustification: !before.activationRequiresJustification }));
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.message).toBe(
      `${roleName}\u2019s role settings were not saved: Microsoft Graph doesn\u2019t accept 1 day 1 hour as the activation maximum duration (Entra allows 1 to 24 hours). Nothing was changed.`,
    );
    expect(outcome.result.details).toContain('Activation requirements (MFA, justification, ticket information) (Enablement_EndUser_Assignment): not sent.');
    expect(outcome.result.details?.at(-1)).toMatch(/^Microsoft Graph: BadRequest: .*PT25H/);
    expect(outcome.changed).toEqual([]);
    expect(await settingsNow()).toEqual(before);
  });

  it('refuses a Global Reader with the role that is needed, and changes nothing', async () => {
    const { graph } = await graphAs('IsaiahL');
    const before = await settingsNow();
    const outcome = await changeRoleSettingsFor({ graph, userId: '' }, change(before, { activeRequiresMfa: !before.activeRequiresMfa }));
    expect(outcome.result).toMatchObject({
      ok: false,
      message: `${roleName}\u2019s role settings were not saved: You need the Privileged Role Administrator or Global Administrator role to change role settings. Nothing was changed.`,
    });
    expect(outcome.result.details?.at(-1)).toContain('Authorization_RequestDenied');
    expect(await settingsNow()).toEqual(before);
  });

  it('refuses an admin who may not even read the settings before anything is sent', async () => {
    const { graph, log } = await graphAs('AlexW');
    const before = await settingsNow();
    const outcome = await changeRoleSettingsFor({ graph, userId: '' }, change(before, { activeRequiresMfa: !before.activeRequiresMfa }));
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.message).toContain('You need the Privileged Role Administrator or Global Administrator role');
    expect((await servedFor(log)).filter((served) => served.method === 'PATCH')).toEqual([]);
  });

  it('settles a 500 on a rule by re-reading the policy, and says what the re-read shows', async () => {
    const { graph } = await graphAs('PattiF');
    const before = await settingsNow();
    // Only this role's policy rules fail: other files share the emulator.
    await admin().setFaults({ paths: `^/policies/roleManagementPolicies/${original.policyId}/rules/`, rate500: 1 });
    try {
      const outcome = await changeRoleSettingsFor({ graph, userId: '' }, change(before, { activeRequiresMfa: !before.activeRequiresMfa }));
      expect(outcome.result.ok).toBe(false);
      expect(outcome.result.message).toBe(`${roleName}\u2019s role settings were not saved: Microsoft Graph failed, and a re-read shows no change. Nothing was changed.`);
    } finally {
      await admin().clearFaults();
    }
    expect(await settingsNow()).toEqual(before);
  });

  it('answers "nothing to save" without a request when the form changed nothing', async () => {
    const { graph, log } = await graphAs('PattiF');
    const before = await settingsNow();
    const outcome = await changeRoleSettingsFor({ graph, userId: '' }, change(before, {}));
    expect(outcome.result).toEqual({ ok: true, message: `Nothing to save: ${roleName}\u2019s role settings already say this.` });
    expect((await servedFor(log)).filter((served) => served.method === 'PATCH')).toEqual([]);
  });
});

const base: RoleSettings = {
  activationMaximumDuration: 'PT8H', activationRequiresMfa: true, activationRequiresJustification: true, activationRequiresTicket: false,
  activationRequiresApproval: false, allowPermanentEligible: true, eligibleMaximumDuration: 'P365D', eligibleRequiresJustification: false,
  allowPermanentActive: true, activeMaximumDuration: 'P180D', activeRequiresMfa: false, activeRequiresJustification: true,
};

describe('what the admin is told', () => {
  it('writes only what the admin changed, over what Graph holds now', () => {
    const current = { ...base, activeRequiresMfa: true }; // changed by someone else since the form opened
    expect(intendedSettings(current, base, { ...base, activationMaximumDuration: 'PT2H' })).toEqual({ ...current, activationMaximumDuration: 'PT2H' });
  });

  it('names what was applied, what was refused and what was never sent', () => {
    const error = new GraphError({ status: 400, code: 'BadRequest', graphMessage: 'Invalid value.', requestId: 'req-7' });
    const result = ruleOutcomesResult({
      roleName: 'Reports Reader',
      applied: ['Expiration_EndUser_Assignment'],
      failed: { ruleId: 'Enablement_EndUser_Assignment', words: 'Microsoft Graph refused the new value.', error, fate: 'refused' },
      notSent: ['Expiration_Admin_Assignment'],
    });
    expect(result).toEqual({
      ok: false,
      message: 'Reports Reader\u2019s role settings were saved only in part: Microsoft Graph refused the new value. Applied: Activation maximum duration. Not sent: Active assignment expiration.',
      details: [
        'Activation maximum duration (Expiration_EndUser_Assignment): applied.',
        'Activation requirements (MFA, justification, ticket information) (Enablement_EndUser_Assignment): refused.',
        'Active assignment expiration (Expiration_Admin_Assignment): not sent.',
        'Microsoft Graph: BadRequest: Invalid value.',
      ],
      requestId: 'req-7',
    });
  });

  it('says "unknown" for a lost answer, never "saved" or "not saved"', () => {
    const error = new GraphError({ status: 0, code: 'NetworkError' });
    const result = ruleOutcomesResult({ roleName: 'Reports Reader', applied: [], failed: { ruleId: 'Approval_EndUser_Assignment', words: 'Microsoft Graph\u2019s answer was lost.', error, fate: 'unknown' }, notSent: [] });
    expect(result.ok).toBe(false);
    expect(result.message).toBe('Unknown whether Require approval to activate was saved: Microsoft Graph\u2019s answer was lost. Refresh in a moment to see the current settings.');
  });

  it('refuses a duration that is not one', () => {
    expect(roleSettingsChangeInputSchema.safeParse({ roleDefinitionId: role, before: base, after: { ...base, activeMaximumDuration: '15 days' } }).success).toBe(false);
  });
});
