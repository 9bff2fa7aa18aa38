import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pimSeed } from '../../../tests/demo-tenant.mjs';
import { wellKnownRoles } from '../seed/catalog';
import { contosoIds } from '../seed/contoso';
import { assignmentId } from '../seed/ids';
import { messageCenterReader } from '../seed/pim';
import { appToken, call, control, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let patti: string; // Privileged Role Administrator
let isaiah: string; // Global Reader
let alex: string; // no admin role
let app: string;
let auditReader: string; // MOD Administrator, Global Administrator (the one kept to the end), with AuditLog.Read.All
const dir = '/v1.0/roleManagement/directory';
const eligibilityRequests = `${dir}/roleEligibilityScheduleRequests`;
const assignmentRequests = `${dir}/roleAssignmentScheduleRequests`;
const johanna = contosoIds.user('JohannaL');
const grady = contosoIds.user('GradyA');
const day = 86_400_000;

type Request = { id: string; status: string; completedDateTime: string | null; scheduleInfo: { startDateTime: string; expiration: { endDateTime: string | null } } | null };
type Schedule = { id: string; principalId: string; roleDefinitionId: string; scheduleInfo: { startDateTime: string; expiration: { type: string; endDateTime: string | null } } };
type Audit = { activityDisplayName: string; loggedByService: string; category: string; targetResources: Array<{ id: string }> };

const clockNow = async () => Date.parse(String((await control<{ now: string }>(emulator, 'GET', '/_emulator/clock')).body.now));
const advance = (advanceBy: string) => control(emulator, 'PUT', '/_emulator/clock', { body: { advanceBy } });
const post = <T = Request & ErrorBody>(path: string, body: Record<string, unknown>, token = patti) => call<T>(emulator, 'POST', path, { token, body });
const until = (days: number, from: number) => ({ expiration: { type: 'afterDateTime', endDateTime: new Date(from + days * day).toISOString() } });
const audits = async (activity: string) =>
  (await call<Collection<Audit>>(emulator, 'GET', `/v1.0/auditLogs/directoryAudits?$filter=activityDisplayName eq '${activity}'`, { token: auditReader })).body.value;
const roleIdsOf = async (principalId: string) =>
  (await call<Collection<{ roleDefinitionId: string }>>(emulator, 'GET', `${dir}/roleAssignments?$filter=principalId eq '${principalId}'`, { token: patti })).body.value.map((a) => a.roleDefinitionId);

beforeAll(async () => {
  emulator = await startTestEmulator();
  patti = await userToken(emulator, personas.patti, ['RoleManagement.ReadWrite.Directory', 'Directory.Read.All', 'AuditLog.Read.All']);
  isaiah = await userToken(emulator, personas.isaiah);
  alex = await userToken(emulator, personas.alex);
  app = await appToken(emulator);
  auditReader = await userToken(emulator, personas.modAdmin, ['AuditLog.Read.All']);
});
afterAll(async () => emulator?.cleanup());

describe('tests/demo-tenant.mjs pimSeed', () => {
  it('agrees with the seeded schedules, instances and requests', async () => {
    const eligible = await call<Collection<{ principalId: string; roleDefinitionId: string; endDateTime: string | null }>>(emulator, 'GET', `${dir}/roleEligibilityScheduleInstances`, { token: patti });
    const now = await clockNow();
    for (const item of Object.values(pimSeed.items)) {
      const principalId = item.principalType === 'group' ? contosoIds.group(item.displayName) : contosoIds.user(String(item.upn).split('@')[0] ?? '');
      const instance = eligible.body.value.find((i) => i.principalId === principalId && i.roleDefinitionId === item.roleDefinitionId);
      expect(Boolean(instance), item.displayName).toBe(item.state === 'eligible');
      expect((await roleIdsOf(principalId)).includes(item.roleDefinitionId), item.displayName).toBe(item.state === 'active');
      if (instance) expect(instance.endDateTime === null ? null : Math.round((Date.parse(instance.endDateTime) - now) / day)).toBe(item.endDays);
    }
  });
});

describe('update, extend and renew', () => {
  it("extends Johanna's eligibility: the new schedule replaces the old one and the audit says Extend", async () => {
    const now = await clockNow();
    const refused = await post(eligibilityRequests, { action: 'adminExtend', principalId: johanna, roleDefinitionId: wellKnownRoles.securityAdministrator, directoryScopeId: '/' });
    expect(refused.body.error).toMatchObject({ code: 'RoleAssignmentRequestPolicyValidationFailed', message: 'The following policy rules failed: ["ExpirationRule"]' });
    const extended = await post(eligibilityRequests, {
      action: 'adminExtend', principalId: johanna, roleDefinitionId: wellKnownRoles.securityAdministrator, directoryScopeId: '/', justification: 'Another quarter', scheduleInfo: until(100, now),
    });
    expect(extended.status).toBe(201);
    expect(extended.body.status).toBe('Provisioned');
    const schedules = await call<Collection<Schedule>>(emulator, 'GET', `${dir}/roleEligibilitySchedules?$filter=principalId eq '${johanna}'`, { token: patti });
    expect(schedules.body.value.map((s) => s.id)).toEqual([extended.body.id]);
    expect(Date.parse(String(schedules.body.value[0]?.scheduleInfo.expiration.endDateTime)) - now).toBeGreaterThan(99 * day);
    expect((await audits('Extend eligible member in role in PIM completed')).map((a) => a.loggedByService)).toEqual(['PIM']);
  });

  it('refuses to update what does not exist, and to renew what never expired', async () => {
    const body = { principalId: personas.shannon, roleDefinitionId: wellKnownRoles.securityAdministrator, directoryScopeId: '/', justification: 'x', scheduleInfo: until(10, await clockNow()) };
    expect((await post(eligibilityRequests, { ...body, action: 'adminUpdate' })).body.error).toMatchObject({ code: 'RoleAssignmentDoesNotExist' });
    expect((await post(eligibilityRequests, { ...body, action: 'adminRenew' })).body.error).toMatchObject({ code: 'RoleAssignmentDoesNotExist' });
  });

  it("renews Grady's expired Message Center Reader into /roleAssignments", async () => {
    const renewed = await post(assignmentRequests, {
      action: 'adminRenew', principalId: grady, roleDefinitionId: messageCenterReader, directoryScopeId: '/', justification: 'Back on the rota', scheduleInfo: until(30, await clockNow()),
    });
    expect(renewed.status).toBe(201);
    expect(renewed.body.status).toBe('Provisioned');
    expect(await roleIdsOf(grady)).toContain(messageCenterReader);
    expect(await audits('Renew member in role in PIM completed')).toHaveLength(1);
  });
});

describe('future starts and cancel', () => {
  it('grants a future eligibility, refuses a second request meanwhile, and starts it when the clock arrives', async () => {
    const now = await clockNow();
    const body = {
      action: 'adminAssign', principalId: personas.shannon, roleDefinitionId: wellKnownRoles.globalReader, directoryScopeId: '/',
      scheduleInfo: { startDateTime: new Date(now + day).toISOString(), expiration: { type: 'afterDuration', duration: 'P10D' } },
    };
    const granted = await post(eligibilityRequests, body);
    expect(granted.status).toBe(201);
    expect(granted.body.status).toBe('Granted');
    expect(granted.body.completedDateTime).toBe(granted.body.scheduleInfo?.startDateTime);
    const filter = `?$filter=principalId eq '${personas.shannon}'`;
    expect((await call<Collection>(emulator, 'GET', `${dir}/roleEligibilitySchedules${filter}`, { token: patti })).body.value).toHaveLength(1);
    expect((await call<Collection>(emulator, 'GET', `${dir}/roleEligibilityScheduleInstances${filter}`, { token: patti })).body.value).toHaveLength(0);
    expect((await post(eligibilityRequests, body)).body.error).toMatchObject({ code: 'PendingRoleAssignmentRequest', message: 'There is already an existing pending Role assignment request.' });
    await advance('P1DT1M');
    expect((await call<Collection>(emulator, 'GET', `${dir}/roleEligibilityScheduleInstances${filter}`, { token: patti })).body.value).toHaveLength(1);
    expect((await call<Request>(emulator, 'GET', `${eligibilityRequests}/${granted.body.id}`, { token: patti })).body.status).toBe('Provisioned');
  });

  it('starts a future active assignment in /roleAssignments only at its start, and cancels one while Granted', async () => {
    const now = await clockNow();
    const future = (role: string) => ({
      action: 'adminAssign', principalId: personas.shannon, roleDefinitionId: role, directoryScopeId: '/', justification: 'Cover',
      scheduleInfo: { startDateTime: new Date(now + 2 * day).toISOString(), expiration: { type: 'afterDuration', duration: 'P1D' } },
    });
    const starting = await post(assignmentRequests, future(wellKnownRoles.reportsReader));
    const canceled = await post(assignmentRequests, future(wellKnownRoles.helpdeskAdministrator));
    expect([starting.body.status, canceled.body.status]).toEqual(['Granted', 'Granted']);
    expect(await roleIdsOf(personas.shannon)).not.toContain(wellKnownRoles.reportsReader);
    expect((await call(emulator, 'POST', `${assignmentRequests}/${canceled.body.id}/Cancel`, { token: patti })).status).toBe(204);
    expect((await call<Request>(emulator, 'GET', `${assignmentRequests}/${canceled.body.id}`, { token: patti })).body.status).toBe('Canceled');
    const again = await call<ErrorBody>(emulator, 'POST', `${assignmentRequests}/${canceled.body.id}/cancel`, { token: patti });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ code: 'BadRequest', message: 'The request cannot be canceled in its current state.' });
    await advance('P2DT1M');
    const held = await roleIdsOf(personas.shannon);
    expect(held).toContain(wellKnownRoles.reportsReader);
    expect(held).not.toContain(wellKnownRoles.helpdeskAdministrator);
    await advance('P1D');
    expect(await roleIdsOf(personas.shannon)).not.toContain(wellKnownRoles.reportsReader);
  });
});

describe('refusals', () => {
  it('refuses an eligibility for a service principal, a duration under 5 minutes, an unknown role and an unknown action', async () => {
    const base = { principalId: contosoIds.servicePrincipal('Contoso HR Portal'), roleDefinitionId: wellKnownRoles.reportsReader, directoryScopeId: '/' };
    expect((await post(eligibilityRequests, { ...base, action: 'adminAssign' })).body.error).toEqual(
      expect.objectContaining({ code: 'BadRequest', message: 'Service principals can only be given active assignments.' }),
    );
    const short = await post(eligibilityRequests, { ...base, principalId: personas.shannon, action: 'adminAssign', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT4M' } } });
    expect(short.body.error.code).toBe('ActiveDurationTooShort');
    const unknownRole = await post(eligibilityRequests, { ...base, principalId: personas.shannon, roleDefinitionId: '00000000-0000-4000-8000-00000000beef', action: 'adminAssign' });
    expect(unknownRole.status).toBe(404);
    expect(unknownRole.body.error.code).toBe('Request_ResourceNotFound');
    expect((await post(eligibilityRequests, { ...base, action: 'adminDoSomething' })).status).toBe(400);
  });

  it('refuses an activation without MFA in the token (MfaRule)', async () => {
    const pwdOnly = await emulator.identity.mintAccessTokenForTests({ userId: personas.lee, amr: ['pwd'] });
    const refused = await post(
      assignmentRequests,
      { action: 'selfActivate', principalId: personas.lee, roleDefinitionId: wellKnownRoles.globalAdministrator, directoryScopeId: '/', justification: 'Incident', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } } },
      pwdOnly,
    );
    expect(refused.body.error).toMatchObject({ code: 'RoleAssignmentRequestPolicyValidationFailed', message: 'The following policy rules failed: ["MfaRule"]' });
  });

  it('keeps the last active Global Administrator assignment', async () => {
    const remove = (principalId: string) => post(assignmentRequests, { action: 'adminRemove', principalId, roleDefinitionId: wellKnownRoles.globalAdministrator, directoryScopeId: '/' });
    expect((await remove(personas.megan)).body.status).toBe('Revoked');
    const last = await remove(personas.modAdmin);
    expect(last.status).toBe(400);
    expect(last.body.error).toMatchObject({ code: 'BadRequest', message: 'The last active Global Administrator assignment cannot be removed.' });
    expect(await roleIdsOf(personas.modAdmin)).toContain(wellKnownRoles.globalAdministrator);
    expect(await audits('Remove member from role in PIM completed')).toHaveLength(1);
  });
});

describe('authorization', () => {
  it('lets a Global Reader read but not write, a user without a PIM reader role only filterByCurrentUser, an app read and admin-write', async () => {
    expect((await call(emulator, 'GET', `${dir}/roleEligibilitySchedules`, { token: isaiah })).status).toBe(200);
    expect((await call(emulator, 'GET', assignmentRequests, { token: isaiah })).status).toBe(200);
    const write = { action: 'adminAssign', principalId: personas.shannon, roleDefinitionId: wellKnownRoles.reportsReader, directoryScopeId: '/', justification: 'x' };
    const denied = await post<ErrorBody>(eligibilityRequests, write, isaiah);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('Authorization_RequestDenied');
    expect((await call(emulator, 'GET', `${dir}/roleEligibilitySchedules`, { token: alex })).status).toBe(403);
    expect((await call(emulator, 'GET', `${dir}/roleEligibilityScheduleRequests/filterByCurrentUser(on='principal')`, { token: alex })).status).toBe(200);
    expect((await call(emulator, 'GET', `${dir}/roleAssignmentScheduleInstances`, { token: app })).status).toBe(200);
    expect((await post(eligibilityRequests, { ...write, principalId: personas.adele }, app)).status).toBe(201);
    const selfAsApp = await post<ErrorBody>(assignmentRequests, { ...write, action: 'selfActivate' }, app);
    expect(selfAsApp.status).toBe(400);
    const noScope = await userToken(emulator, personas.patti, ['Directory.Read.All']);
    expect((await call(emulator, 'GET', `${dir}/roleEligibilitySchedules`, { token: noScope })).status).toBe(403);
  });
});

describe('plain /roleAssignments and the PIM views', () => {
  it('shows a POSTed assignment as an Assigned instance and schedule, and removes both with its DELETE', async () => {
    const created = await call<{ id: string }>(emulator, 'POST', `${dir}/roleAssignments`, {
      token: patti,
      body: { principalId: personas.shannon, roleDefinitionId: wellKnownRoles.directoryReaders, directoryScopeId: '/' },
    });
    expect(created.status).toBe(201);
    const instance = await call<{ assignmentType: string; endDateTime: string | null }>(emulator, 'GET', `${dir}/roleAssignmentScheduleInstances/${created.body.id}`, { token: patti });
    expect(instance.body).toMatchObject({ assignmentType: 'Assigned', endDateTime: null });
    expect((await call(emulator, 'GET', `${dir}/roleAssignmentSchedules/${created.body.id}`, { token: patti })).status).toBe(200);
    expect((await call(emulator, 'DELETE', `${dir}/roleAssignments/${created.body.id}`, { token: patti })).status).toBe(204);
    expect((await call(emulator, 'GET', `${dir}/roleAssignmentScheduleInstances/${created.body.id}`, { token: patti })).status).toBe(404);
  });
});

describe('query options', () => {
  it('filters, expands, selects and pages schedules and requests', async () => {
    const expanded = await call<Collection<{ principal: { displayName: string }; roleDefinition: { displayName: string } }>>(
      emulator, 'GET', `${dir}/roleEligibilitySchedules?$filter=roleDefinitionId eq '${wellKnownRoles.globalAdministrator}'&$expand=principal,roleDefinition`, { token: patti },
    );
    expect(expanded.body.value.map((s) => [s.principal.displayName, s.roleDefinition.displayName])).toEqual([['Lee Gu', 'Global Administrator']]);
    const selected = await call<Collection>(emulator, 'GET', `${dir}/roleEligibilityScheduleInstances?$select=id,principalId&$top=2`, { token: patti });
    expect(Object.keys(selected.body.value[0] ?? {}).sort()).toEqual(['id', 'principalId']);
    expect(selected.body['@odata.nextLink']).toContain('$skiptoken=');
    const next = await call<Collection>(emulator, 'GET', String(selected.body['@odata.nextLink']).replace(emulator.url, ''), { token: patti });
    expect(next.body.value.length).toBeGreaterThan(0);
    const requests = await call<Collection<{ principalId: string; status: string }>>(
      emulator, 'GET', `${assignmentRequests}?$filter=status eq 'Provisioned' and principalId in ('${grady}', '${personas.isaiah}')`, { token: patti },
    );
    expect(requests.body.value.length).toBeGreaterThan(0);
    expect(requests.body.value.every((r) => r.principalId === grady && r.status === 'Provisioned')).toBe(true);
    const unknown = await call<ErrorBody>(emulator, 'GET', `${dir}/roleEligibilitySchedules?$filter=nope eq 'x'`, { token: patti });
    expect(unknown.status).toBe(400);
    const spelled = await call(emulator, 'GET', `/v1.0/RoleManagement/Directory/RoleEligibilitySchedules/FilterByCurrentUser(on='principal')`, { token: alex });
    expect(spelled.status).toBe(200);
    expect(assignmentId(wellKnownRoles.globalAdministrator, personas.lee, '/')).toBeTruthy();
  });
});

describe('removing a future item', () => {
  it('closes its Granted request, so a new request for the same principal and role is accepted', async () => {
    const now = await clockNow();
    const body = {
      action: 'adminAssign', principalId: personas.diego, roleDefinitionId: wellKnownRoles.securityReader, directoryScopeId: '/',
      scheduleInfo: { startDateTime: new Date(now + 3 * day).toISOString(), expiration: { type: 'afterDuration', duration: 'P1D' } },
    };
    const granted = await post(eligibilityRequests, body);
    expect(granted.body.status).toBe('Granted');
    await advance('PT6M');
    expect((await post(eligibilityRequests, { action: 'adminRemove', principalId: personas.diego, roleDefinitionId: wellKnownRoles.securityReader, directoryScopeId: '/' })).body.status).toBe('Revoked');
    expect((await call<Request>(emulator, 'GET', `${eligibilityRequests}/${granted.body.id}`, { token: patti })).body.status).toBe('Revoked');
    expect((await post(eligibilityRequests, body)).body.status).toBe('Granted');
  });
});

describe('updating an active assignment', () => {
  it("moves Joni's Reports Reader end while its roleAssignment (and instance id) stays; a validation-only request changes nothing", async () => {
    const joni = contosoIds.user('JoniS');
    const id = assignmentId(wellKnownRoles.reportsReader, joni, '/');
    const now = await clockNow();
    const body = { action: 'adminUpdate', principalId: joni, roleDefinitionId: wellKnownRoles.reportsReader, directoryScopeId: '/', justification: 'Longer', scheduleInfo: until(20, now) };
    const dryRun = await post(assignmentRequests, { ...body, isValidationOnly: true });
    expect(dryRun.status).toBe(201);
    expect(dryRun.body.status).toBe('Provisioned');
    expect((await call(emulator, 'GET', `${assignmentRequests}/${dryRun.body.id}`, { token: patti })).status).toBe(404);
    const updated = await post(assignmentRequests, body);
    expect(updated.body.status).toBe('Provisioned');
    const instance = await call<{ endDateTime: string; roleAssignmentScheduleId: string }>(emulator, 'GET', `${dir}/roleAssignmentScheduleInstances/${id}`, { token: patti });
    expect(instance.status).toBe(200);
    expect(instance.body.roleAssignmentScheduleId).toBe(updated.body.id);
    expect(Math.round((Date.parse(instance.body.endDateTime) - now) / day)).toBe(20);
    expect(await audits('Update member in role in PIM completed')).toHaveLength(1);
  });
});

describe('approval', () => {
  it('leaves an activation PendingApproval when the role setting asks for approval: nothing in /roleAssignments, a second request refused', async () => {
    const assignments = await call<Collection<{ policyId: string }>>(
      emulator, 'GET', `/v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${wellKnownRoles.userAdministrator}'`, { token: patti },
    );
    const policyId = assignments.body.value[0]?.policyId ?? '';
    const rulePath = `/v1.0/policies/roleManagementPolicies/${policyId}/rules/Approval_EndUser_Assignment`;
    const rule = await call<{ setting: Record<string, unknown> }>(emulator, 'GET', rulePath, { token: patti });
    const patched = await call(emulator, 'PATCH', rulePath, {
      token: patti,
      body: { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule', setting: { ...rule.body.setting, isApprovalRequired: true } },
    });
    expect(patched.status).toBe(204);
    const body = { action: 'selfActivate', principalId: personas.alex, roleDefinitionId: wellKnownRoles.userAdministrator, directoryScopeId: '/', justification: 'Need it', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } } };
    const pending = await post(assignmentRequests, body, alex);
    expect(pending.status).toBe(201);
    expect(pending.body.status).toBe('PendingApproval');
    expect(await roleIdsOf(personas.alex)).not.toContain(wellKnownRoles.userAdministrator);
    expect((await post(assignmentRequests, body, alex)).body.error).toMatchObject({ code: 'PendingRoleAssignmentRequest' });
  });
});
