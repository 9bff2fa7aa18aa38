import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../identity';
import { wellKnownRoles } from '../seed/catalog';
import { openDatabase, type Db } from '../store/db';
import { callerHasMfa, checkAgainstPolicy, type PolicyCheckInput } from './check';
import { defaultRule, type EnablementRule, type ExpirationRule, type ApprovalRule } from './default-rules';
import { savePolicyRule } from './policy-store';

const tenantId = '00000000-0000-0000-0000-0000000000aa';
const role = wellKnownRoles.userAdministrator;
const start = new Date('2025-01-06T09:00:00Z');
const hours = (n: number) => new Date(start.getTime() + n * 3600_000);
const days = (n: number) => hours(24 * n);

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'policy-check-'));
  ({ db } = await openDatabase(dir));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await db.exec('truncate table role_management_policy_rules, role_management_policy_updates');
});

const activation = (over: Partial<PolicyCheckInput> = {}): PolicyCheckInput => ({
  roleDefinitionId: role, level: 'Assignment', caller: 'EndUser', action: 'selfActivate',
  start, end: hours(8), justification: 'Investigating a sign-in alert', ticketInfo: null, mfa: true, ...over,
});
const adminEligible = (over: Partial<PolicyCheckInput> = {}): PolicyCheckInput => ({
  roleDefinitionId: role, level: 'Eligibility', caller: 'Admin', action: 'adminAssign',
  start, end: null, justification: null, ticketInfo: null, mfa: false, ...over,
});
const adminActive = (over: Partial<PolicyCheckInput> = {}): PolicyCheckInput => ({ ...adminEligible(over), level: 'Assignment', ...over });

async function change<T extends ExpirationRule | EnablementRule | ApprovalRule>(ruleId: string, edit: (rule: T) => void) {
  const rule = defaultRule(ruleId) as T;
  edit(rule);
  await savePolicyRule(db, role, rule, { at: start, by: { id: null, displayName: null } });
}

describe('checkAgainstPolicy with the default rules', () => {
  it('lets an activation of 8 hours with justification and MFA through', async () => {
    expect(await checkAgainstPolicy(db, tenantId, activation())).toEqual({ failedRules: [], approvalRequired: false, maximumDuration: 'PT8H' });
  });

  it('fails an activation longer than 8 hours, or without an end, on ExpirationRule', async () => {
    expect((await checkAgainstPolicy(db, tenantId, activation({ end: new Date(hours(8).getTime() + 60_000) }))).failedRules).toEqual(['ExpirationRule']);
    expect((await checkAgainstPolicy(db, tenantId, activation({ end: null }))).failedRules).toEqual(['ExpirationRule']);
  });

  it('fails an activation without justification or MFA, enablement rules first', async () => {
    const result = await checkAgainstPolicy(db, tenantId, activation({ justification: '  ', mfa: false, end: hours(9) }));
    expect(result.failedRules).toEqual(['JustificationRule', 'MfaRule', 'ExpirationRule']);
  });

  it('allows a permanent eligible assignment by an admin, with no justification', async () => {
    expect(await checkAgainstPolicy(db, tenantId, adminEligible())).toEqual({ failedRules: [], approvalRequired: false, maximumDuration: null });
    expect((await checkAgainstPolicy(db, tenantId, adminEligible({ end: days(800) }))).failedRules).toEqual([]);
  });

  it('requires a justification for an active assignment by an admin', async () => {
    expect((await checkAgainstPolicy(db, tenantId, adminActive())).failedRules).toEqual(['JustificationRule']);
    expect((await checkAgainstPolicy(db, tenantId, adminActive({ justification: 'New hire' }))).failedRules).toEqual([]);
  });

  it('checks nothing for removals and deactivations', async () => {
    for (const action of ['adminRemove', 'selfDeactivate']) {
      expect(await checkAgainstPolicy(db, tenantId, activation({ action, justification: null, mfa: false, end: null })))
        .toEqual({ failedRules: [], approvalRequired: false, maximumDuration: null });
    }
  });

  it('reads the action in any case', async () => {
    expect((await checkAgainstPolicy(db, tenantId, activation({ action: 'SELFACTIVATE', mfa: false }))).failedRules).toEqual(['MfaRule']);
  });
});

describe('checkAgainstPolicy after the settings changed', () => {
  it('follows a shorter activation maximum (PT1H45M)', async () => {
    await change<ExpirationRule>('Expiration_EndUser_Assignment', (r) => { r.maximumDuration = 'PT1H45M'; });
    const result = await checkAgainstPolicy(db, tenantId, activation({ end: hours(2) }));
    expect(result).toMatchObject({ failedRules: ['ExpirationRule'], maximumDuration: 'PT1H45M' });
    expect((await checkAgainstPolicy(db, tenantId, activation({ end: hours(1.75) }))).failedRules).toEqual([]);
  });

  it('refuses a permanent eligibility, and one beyond the maximum, once expiration is required', async () => {
    await change<ExpirationRule>('Expiration_Admin_Eligibility', (r) => { r.isExpirationRequired = true; r.maximumDuration = 'P90D'; });
    expect((await checkAgainstPolicy(db, tenantId, adminEligible())).failedRules).toEqual(['ExpirationRule']);
    expect((await checkAgainstPolicy(db, tenantId, adminEligible({ end: days(91) }))).failedRules).toEqual(['ExpirationRule']);
    expect(await checkAgainstPolicy(db, tenantId, adminEligible({ end: days(90) }))).toEqual({ failedRules: [], approvalRequired: false, maximumDuration: 'P90D' });
    // The other level's rule is untouched.
    expect((await checkAgainstPolicy(db, tenantId, adminActive({ justification: 'x' }))).failedRules).toEqual([]);
  });

  it('asks for a ticket when ticketing is on', async () => {
    await change<EnablementRule>('Enablement_EndUser_Assignment', (r) => { r.enabledRules = ['Ticketing']; });
    expect((await checkAgainstPolicy(db, tenantId, activation({ mfa: false, justification: null }))).failedRules).toEqual(['TicketingRule']);
    expect((await checkAgainstPolicy(db, tenantId, activation({ ticketInfo: { ticketNumber: 'INC-42', ticketSystem: 'ServiceNow' } }))).failedRules).toEqual([]);
  });

  it('says approval is required for activation when the approval rule is on', async () => {
    await change<ApprovalRule>('Approval_EndUser_Assignment', (r) => { r.setting.isApprovalRequired = true; });
    expect((await checkAgainstPolicy(db, tenantId, activation())).approvalRequired).toBe(true);
    expect((await checkAgainstPolicy(db, tenantId, activation({ action: 'selfExtend' }))).approvalRequired).toBe(false);
    expect((await checkAgainstPolicy(db, tenantId, adminActive({ justification: 'x' }))).approvalRequired).toBe(false);
  });

  it('skips a rule whose target operations do not cover the action', async () => {
    await change<EnablementRule>('Enablement_Admin_Assignment', (r) => { r.target.operations = ['Assign']; });
    expect((await checkAgainstPolicy(db, tenantId, adminActive({ action: 'adminUpdate' }))).failedRules).toEqual([]);
    expect((await checkAgainstPolicy(db, tenantId, adminActive({ action: 'adminAssign' }))).failedRules).toEqual(['JustificationRule']);
  });

  it('keeps another role on the defaults', async () => {
    await change<ExpirationRule>('Expiration_EndUser_Assignment', (r) => { r.maximumDuration = 'PT1H'; });
    const other = await checkAgainstPolicy(db, tenantId, activation({ roleDefinitionId: wellKnownRoles.globalReader }));
    expect(other).toMatchObject({ failedRules: [], maximumDuration: 'PT8H' });
  });
});

describe('callerHasMfa', () => {
  const user = (amr: string[]): Caller => ({ kind: 'user', userId: 'u', tenantId, scopes: [], clientId: 'c', amr });
  it('is true only for a user token whose amr has mfa', () => {
    expect(callerHasMfa(user(['pwd', 'mfa']))).toBe(true);
    expect(callerHasMfa(user(['pwd']))).toBe(false);
    expect(callerHasMfa(user([]))).toBe(false);
    expect(callerHasMfa({ kind: 'app', servicePrincipalId: 's', tenantId, roles: [], clientId: 'c' })).toBe(false);
  });
});
