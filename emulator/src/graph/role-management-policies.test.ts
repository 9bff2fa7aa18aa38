import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAgainstPolicy } from '../policies/check';
import { policyAssignmentIdFor, policyIdFor, ruleIds } from '../policies/default-rules';
import { wellKnownRoles } from '../seed/catalog';
import { appToken, call, control, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let patti: string; // Privileged Role Administrator
let isaiah: string; // Global Reader
let app: string;

const assignments = '/v1.0/policies/roleManagementPolicyAssignments';
const policies = '/v1.0/policies/roleManagementPolicies';
const entraRoles = `$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'`;
const userAdmin = wellKnownRoles.userAdministrator;

type Rule = { '@odata.type': string; id: string; [key: string]: unknown };
type Policy = { id: string; displayName: string; lastModifiedDateTime: string | null; lastModifiedBy: { id: string | null; displayName: string | null }; rules?: Rule[] };
type PolicyAssignment = { id: string; policyId: string; scopeId: string; scopeType: string; roleDefinitionId: string; policy?: Policy };

const policyOf = (roleId: string) => policyIdFor(emulator.tenantId, roleId);
const ruleUrl = (roleId: string, ruleId: string) => `${policies}/${policyOf(roleId)}/rules/${ruleId}`;
const expiration = (maximumDuration: string, extra: Record<string, unknown> = {}) => ({
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
  id: 'Expiration_EndUser_Assignment', isExpirationRequired: true, maximumDuration,
  target: { '@odata.type': 'microsoft.graph.unifiedRoleManagementPolicyRuleTarget', caller: 'EndUser', operations: ['All'], level: 'Assignment', inheritableSettings: [], enforcedSettings: [] },
  ...extra,
});

beforeAll(async () => {
  emulator = await startTestEmulator();
  [patti, isaiah, app] = await Promise.all([userToken(emulator, personas.patti), userToken(emulator, personas.isaiah), appToken(emulator)]);
});
afterAll(async () => emulator?.cleanup());

describe('GET /policies/roleManagementPolicyAssignments', () => {
  it('lists one policy assignment per role definition, custom roles included, without any seeding', async () => {
    const [list, roles] = await Promise.all([
      call<Collection<PolicyAssignment>>(emulator, 'GET', `${assignments}?${entraRoles}`, { token: isaiah }),
      call<Collection<{ id: string }>>(emulator, 'GET', '/v1.0/roleManagement/directory/roleDefinitions', { token: isaiah }),
    ]);
    expect(list.status).toBe(200);
    expect(list.body['@odata.context']).toMatch(/\/v1\.0\/\$metadata#policies\/roleManagementPolicyAssignments$/);
    expect(list.body.value.map((a) => a.roleDefinitionId).sort()).toEqual(roles.body.value.map((r) => r.id).sort());
    const ga = list.body.value.find((a) => a.roleDefinitionId === wellKnownRoles.globalAdministrator);
    expect(ga).toEqual({
      id: policyAssignmentIdFor(emulator.tenantId, wellKnownRoles.globalAdministrator),
      policyId: policyOf(wellKnownRoles.globalAdministrator),
      scopeId: '/', scopeType: 'DirectoryRole', roleDefinitionId: wellKnownRoles.globalAdministrator,
    });
    expect(ga?.policyId).toMatch(new RegExp(`^DirectoryRole_${emulator.tenantId}_[0-9a-f-]{36}$`));
    expect(ga?.id).toBe(`${ga?.policyId}_${wellKnownRoles.globalAdministrator}`);
    expect(new Set(list.body.value.map((a) => a.policyId)).size).toBe(list.body.value.length);
  });

  it('expands the policy and its 17 default rules for one role, as Graph documents', async () => {
    const { status, body } = await call<Collection<PolicyAssignment>>(emulator, 'GET',
      `${assignments}?${entraRoles} and roleDefinitionId eq '${wellKnownRoles.globalAdministrator}'&$expand=policy($expand=rules)`, { token: patti });
    expect(status).toBe(200);
    expect(body['@odata.context']).toMatch(/#policies\/roleManagementPolicyAssignments\(policy\(rules\(\)\)\)$/);
    expect(body.value).toHaveLength(1);
    const policy = body.value[0]?.policy;
    expect(policy).toMatchObject({
      id: policyOf(wellKnownRoles.globalAdministrator), displayName: 'DirectoryRole', description: 'DirectoryRole',
      isOrganizationDefault: false, scopeId: '/', scopeType: 'DirectoryRole', lastModifiedDateTime: null,
      lastModifiedBy: { displayName: null, id: null },
    });
    expect(policy?.rules?.map((r) => r.id)).toEqual([...ruleIds]);
    expect(policy?.rules).toHaveLength(17);
    const byId = new Map(policy?.rules?.map((r) => [r.id, r]));
    expect(byId.get('Expiration_EndUser_Assignment')).toMatchObject({
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', isExpirationRequired: true, maximumDuration: 'PT8H',
      target: { caller: 'EndUser', operations: ['all'], level: 'Assignment', inheritableSettings: [], enforcedSettings: [] },
    });
    expect(byId.get('Enablement_EndUser_Assignment')).toMatchObject({ enabledRules: ['MultiFactorAuthentication', 'Justification'] });
    expect(byId.get('Enablement_Admin_Assignment')).toMatchObject({ enabledRules: ['Justification'] });
    expect(byId.get('Expiration_Admin_Eligibility')).toMatchObject({ isExpirationRequired: false, maximumDuration: 'P365D' });
    expect(byId.get('Expiration_Admin_Assignment')).toMatchObject({ isExpirationRequired: false, maximumDuration: 'P180D' });
    expect(byId.get('Approval_EndUser_Assignment')).toMatchObject({ setting: { isApprovalRequired: false, approvalMode: 'SingleStage' } });
    expect(byId.get('Notification_Approver_EndUser_Assignment')).toMatchObject({ recipientType: 'Approver', notificationLevel: 'All', isDefaultRecipientsEnabled: true });
  });

  it('applies nested $select in the expanded policy and its rules', async () => {
    const { status, body } = await call<Collection<Record<string, unknown>>>(emulator, 'GET',
      `${assignments}?${entraRoles} and roleDefinitionId eq '${userAdmin}'&$select=roleDefinitionId&$expand=policy($select=id;$expand=rules($select=id))`, { token: patti });
    expect(status).toBe(200);
    const [only] = body.value;
    expect(Object.keys(only ?? {}).sort()).toEqual(['policy', 'roleDefinitionId']);
    const policy = only?.policy as { id: string; rules: Rule[] };
    expect(Object.keys(policy).sort()).toEqual(['id', 'rules']);
    expect(policy.rules[0]).toEqual({ '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_Admin_Eligibility' });
  });

  it('accepts scopeType Directory, as Graph\'s first example writes it, and finds nothing for a group scope', async () => {
    const directory = await call<Collection>(emulator, 'GET', `${assignments}?$filter=scopeId eq '/' and scopeType eq 'Directory' and roleDefinitionId eq '${userAdmin}'`, { token: patti });
    expect(directory.body.value).toHaveLength(1);
    const group = await call<Collection>(emulator, 'GET', `${assignments}?$filter=scopeId eq '${personas.alex}' and scopeType eq 'Group'`, { token: patti });
    expect(group).toMatchObject({ status: 200, body: { value: [] } });
  });

  it.each([
    ['no filter', ''],
    ['only scopeId', `?$filter=scopeId eq '/'`],
    ['only a role', `?$filter=roleDefinitionId eq '${userAdmin}'`],
  ])('requires the scopeId and scopeType filter (%s)', async (_, query) => {
    const { status, body } = await call<ErrorBody>(emulator, 'GET', `${assignments}${query}`, { token: patti });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BadRequest', message: 'The filter on scopeId and scopeType is required.' });
  });

  it('refuses an unsupported filter and an unknown $expand', async () => {
    const filter = await call<ErrorBody>(emulator, 'GET', `${assignments}?${entraRoles} and startswith(policyId, 'x')`, { token: patti });
    expect(filter.status).toBe(400);
    const expand = await call<ErrorBody>(emulator, 'GET', `${assignments}?${entraRoles}&$expand=policy($expand=owners)`, { token: patti });
    expect(expand.status).toBe(400);
  });

  it('pages with $top and @odata.nextLink', async () => {
    const first = await call<Collection<PolicyAssignment>>(emulator, 'GET', `${assignments}?${entraRoles}&$top=5`, { token: patti });
    expect(first.body.value).toHaveLength(5);
    const next = first.body['@odata.nextLink'];
    expect(next).toEqual(expect.any(String));
    const second = await call<Collection<PolicyAssignment>>(emulator, 'GET', new URL(String(next)).pathname + new URL(String(next)).search, { token: patti });
    expect(second.body.value).toHaveLength(5);
    expect(second.body.value.map((a) => a.id)).not.toContain(first.body.value[0]?.id);
  });

  it('gets one policy assignment by id', async () => {
    const id = policyAssignmentIdFor(emulator.tenantId, userAdmin);
    const { status, body } = await call<PolicyAssignment>(emulator, 'GET', `${assignments}/${id}`, { token: isaiah });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, roleDefinitionId: userAdmin });
    expect((await call(emulator, 'GET', `${assignments}/${id.replace(/.$/, '0')}x`, { token: isaiah })).status).toBe(404);
  });
});

describe('GET /policies/roleManagementPolicies', () => {
  it('lists policies with the same filter, and gets one with its rules', async () => {
    const list = await call<Collection<Policy>>(emulator, 'GET', `${policies}?${entraRoles}&$expand=rules`, { token: isaiah });
    expect(list.status).toBe(200);
    expect(list.body.value.find((p) => p.id === policyOf(userAdmin))?.rules).toHaveLength(17);
    const missing = await call<ErrorBody>(emulator, 'GET', policies, { token: isaiah });
    expect(missing.body.error?.message).toBe('The filter on scopeId and scopeType is required.');

    const one = await call<Policy>(emulator, 'GET', `${policies}/${policyOf(userAdmin)}?$expand=rules`, { token: isaiah });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: policyOf(userAdmin), displayName: 'DirectoryRole' });
    expect(one.body.rules?.map((r) => r.id)).toEqual([...ruleIds]);
    const bare = await call<Policy>(emulator, 'GET', `${policies}/${policyOf(userAdmin)}`, { token: isaiah });
    expect(bare.body).not.toHaveProperty('rules');
  });

  it('reads the rules collection and one rule', async () => {
    const rules = await call<Collection<Rule>>(emulator, 'GET', `${policies}/${policyOf(userAdmin)}/rules`, { token: isaiah });
    expect(rules.body.value.map((r) => r.id)).toEqual([...ruleIds]);
    const rule = await call<Rule>(emulator, 'GET', ruleUrl(userAdmin, 'Expiration_EndUser_Assignment'), { token: isaiah });
    expect(rule).toMatchObject({ status: 200, body: { id: 'Expiration_EndUser_Assignment', maximumDuration: 'PT8H' } });
  });

  it('answers 404 for an unknown policy or rule', async () => {
    const wrongTenant = `DirectoryRole_00000000-0000-0000-0000-000000000000_${policyOf(userAdmin).split('_')[2]}`;
    for (const url of [`${policies}/${wrongTenant}`, `${policies}/not-a-policy/rules`, ruleUrl(userAdmin, 'Expiration_Nobody')]) {
      const { status, body } = await call<ErrorBody>(emulator, 'GET', url, { token: isaiah });
      expect(status).toBe(404);
      expect(body.error.code).toBe('Request_ResourceNotFound');
    }
  });

  it('lets the automation app read, and refuses a user without a reader role or a token without the permission', async () => {
    expect((await call(emulator, 'GET', `${policies}/${policyOf(userAdmin)}`, { token: app })).status).toBe(200);
    const alex = await userToken(emulator, personas.alex);
    const plain = await call<ErrorBody>(emulator, 'GET', `${assignments}?${entraRoles}`, { token: alex });
    expect(plain.status).toBe(403);
    expect(plain.body.error.code).toBe('Authorization_RequestDenied');
    const noScope = await userToken(emulator, personas.megan, ['User.Read']);
    expect((await call(emulator, 'GET', `${policies}/${policyOf(userAdmin)}`, { token: noScope })).status).toBe(403);
  });
});

describe('PATCH /policies/roleManagementPolicies/{id}/rules/{ruleId}', () => {
  it('changes the activation maximum: 204, visible on GET, in lastModified*, in checkAgainstPolicy and the audit log', async () => {
    const before = new Date();
    const patched = await call(emulator, 'PATCH', ruleUrl(userAdmin, 'Expiration_EndUser_Assignment'), { token: patti, body: expiration('PT1H45M') });
    expect(patched.status).toBe(204);
    expect(patched.body).toBeUndefined();

    const rule = await call<Rule>(emulator, 'GET', ruleUrl(userAdmin, 'Expiration_EndUser_Assignment'), { token: isaiah });
    expect(rule.body).toMatchObject({ maximumDuration: 'PT1H45M', isExpirationRequired: true, target: { operations: ['all'] } });
    const policy = await call<Policy>(emulator, 'GET', `${policies}/${policyOf(userAdmin)}`, { token: isaiah });
    expect(policy.body.lastModifiedBy).toEqual({ id: personas.patti, displayName: 'Patti Fernandez' });
    expect(Date.parse(String(policy.body.lastModifiedDateTime))).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // Another role keeps its defaults.
    const other = await call<Rule>(emulator, 'GET', ruleUrl(wellKnownRoles.globalReader, 'Expiration_EndUser_Assignment'), { token: isaiah });
    expect(other.body.maximumDuration).toBe('PT8H');

    const start = new Date('2025-01-06T09:00:00Z');
    const activate = (hours: number) => checkAgainstPolicy(emulator.store.db, emulator.tenantId, {
      roleDefinitionId: userAdmin, level: 'Assignment', caller: 'EndUser', action: 'selfActivate', start,
      end: new Date(start.getTime() + hours * 3600_000), justification: 'Reset a password', ticketInfo: null, mfa: true,
    });
    expect(await activate(2)).toMatchObject({ failedRules: ['ExpirationRule'], maximumDuration: 'PT1H45M' });
    expect((await activate(1.5)).failedRules).toEqual([]);

    const audit = await call<Collection<{ activityDisplayName: string; category: string; loggedByService: string; targetResources: Array<{ id: string }> }>>(
      emulator, 'GET', `/v1.0/auditLogs/directoryAudits?$filter=activityDisplayName eq 'Update role setting in PIM'`, { token: await appToken(emulator, ['AuditLog.Read.All']) });
    expect(audit.body.value[0]).toMatchObject({ category: 'RoleManagement', loggedByService: 'PIM', targetResources: [{ id: userAdmin }] });
  });

  it('changes the enablement rule so an activation needs a ticket', async () => {
    const body = {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule', id: 'Enablement_EndUser_Assignment',
      enabledRules: ['Justification', 'Ticketing'],
    };
    expect((await call(emulator, 'PATCH', ruleUrl(wellKnownRoles.securityAdministrator, 'Enablement_EndUser_Assignment'), { token: patti, body })).status).toBe(204);
    const start = new Date();
    const result = await checkAgainstPolicy(emulator.store.db, emulator.tenantId, {
      roleDefinitionId: wellKnownRoles.securityAdministrator, level: 'Assignment', caller: 'EndUser', action: 'selfActivate', start,
      end: new Date(start.getTime() + 3600_000), justification: 'Triage', ticketInfo: null, mfa: false,
    });
    expect(result.failedRules).toEqual(['TicketingRule']);
  });

  it.each([
    ['no @odata.type', { id: 'Expiration_EndUser_Assignment', maximumDuration: 'PT2H' }],
    ['another rule type', { ...expiration('PT2H'), '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule' }],
    ['a different id', expiration('PT2H', { id: 'Expiration_Admin_Assignment' })],
    ['a malformed duration', expiration('8 hours')],
    ['a duration under 30 minutes', expiration('PT20M')],
    ['a duration over 24 hours', expiration('PT25H')],
    ['a boolean of the wrong type', expiration('PT2H', { isExpirationRequired: 'yes' })],
    ['a target moved to another caller', expiration('PT2H', { target: { caller: 'Admin', level: 'Assignment', operations: ['All'] } })],
    ['an unknown property', expiration('PT2H', { enabledRules: [] })],
  ])('refuses %s with 400 and changes nothing', async (_, body) => {
    const url = ruleUrl(wellKnownRoles.helpdeskAdministrator, 'Expiration_EndUser_Assignment');
    const { status, body: error } = await call<ErrorBody>(emulator, 'PATCH', url, { token: patti, body });
    expect(status).toBe(400);
    expect(error.error.message).toEqual(expect.any(String));
    expect((await call<Rule>(emulator, 'GET', url, { token: patti })).body.maximumDuration).toBe('PT8H');
  });

  it('refuses an unknown enablement and a wrong notification recipient', async () => {
    const enablement = await call(emulator, 'PATCH', ruleUrl(userAdmin, 'Enablement_Admin_Assignment'), {
      token: patti, body: { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule', enabledRules: ['Fingerprint'] },
    });
    expect(enablement.status).toBe(400);
    const notification = await call(emulator, 'PATCH', ruleUrl(userAdmin, 'Notification_Admin_Admin_Eligibility'), {
      token: patti, body: { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule', recipientType: 'Requestor' },
    });
    expect(notification.status).toBe(400);
  });

  it('refuses a Global Reader (403) and a token without a write permission', async () => {
    const url = ruleUrl(wellKnownRoles.helpdeskAdministrator, 'Expiration_EndUser_Assignment');
    const reader = await call<ErrorBody>(emulator, 'PATCH', url, { token: isaiah, body: expiration('PT2H') });
    expect(reader.status).toBe(403);
    expect(reader.body.error.code).toBe('Authorization_RequestDenied');
    const readOnly = await userToken(emulator, personas.patti, ['RoleManagementPolicy.Read.Directory']);
    expect((await call(emulator, 'PATCH', url, { token: readOnly, body: expiration('PT2H') })).status).toBe(403);
    const policyWriter = await userToken(emulator, personas.patti, ['RoleManagementPolicy.ReadWrite.Directory']);
    expect((await call(emulator, 'PATCH', url, { token: policyWriter, body: expiration('PT2H') })).status).toBe(204);
  });

  it('gives a custom role created later a policy, and forgets changes on reset', async () => {
    const megan = await userToken(emulator, personas.megan);
    const created = await call<{ id: string }>(emulator, 'POST', '/v1.0/roleManagement/directory/roleDefinitions', {
      token: megan,
      body: { displayName: 'Policy test role', rolePermissions: [{ allowedResourceActions: ['microsoft.directory/users/basic/update'] }] },
    });
    expect(created.status).toBe(201);
    const list = await call<Collection<PolicyAssignment>>(emulator, 'GET', `${assignments}?${entraRoles} and roleDefinitionId eq '${created.body.id}'&$expand=policy($expand=rules)`, { token: patti });
    expect(list.body.value[0]?.policy?.rules).toHaveLength(17);

    expect((await control(emulator, 'POST', '/_emulator/reset')).status).toBeLessThan(300);
    const rule = await call<Rule>(emulator, 'GET', ruleUrl(userAdmin, 'Expiration_EndUser_Assignment'), { token: patti });
    expect(rule.body.maximumDuration).toBe('PT8H');
    const policy = await call<Policy>(emulator, 'GET', `${policies}/${policyOf(userAdmin)}`, { token: patti });
    expect(policy.body.lastModifiedDateTime).toBeNull();
  });
});
