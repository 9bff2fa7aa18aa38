import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wellKnownRoles } from '../seed/catalog';
import { contosoIds } from '../seed/contoso';
import { assignmentId } from '../seed/ids';
import { messageCenterReader } from '../seed/pim';
import { call, control, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let patti: string; // Privileged Role Administrator
let alex: string; // no admin role; eligible User Administrator (seed)
let pradeep: string; // member of Contoso_App_Admins (eligible Application Administrator)
const dir = '/v1.0/roleManagement/directory';
const eligibilityRequests = `${dir}/roleEligibilityScheduleRequests`;
const assignmentRequests = `${dir}/roleAssignmentScheduleRequests`;
const pradeepId = contosoIds.user('PradeepG');
const day = 86_400_000;

type Request = { id: string; status: string; action: string; principalId: string;  targetScheduleId: string | null; scheduleInfo: null | { startDateTime: string; expiration: { type: string; endDateTime: string | null; duration: string | null } }; createdBy: { user: { id: string } | null }; completedDateTime: string | null };
type Instance = { id: string; principalId: string; roleDefinitionId: string; directoryScopeId: string; startDateTime: string | null; endDateTime: string | null; memberType: string; assignmentType?: string };

const now = async () => new Date(String((await control<{ now: string }>(emulator, 'GET', '/_emulator/clock')).body.now));
const advance = (advanceBy: string) => control(emulator, 'PUT', '/_emulator/clock', { body: { advanceBy } });
const assignmentsOf = async (principalId: string) =>
  (await call<Collection<{ id: string; roleDefinitionId: string }>>(emulator, 'GET', `${dir}/roleAssignments?$filter=principalId eq '${principalId}'`, { token: patti })).body.value;

beforeAll(async () => {
  emulator = await startTestEmulator();
  patti = await userToken(emulator, personas.patti);
  alex = await userToken(emulator, personas.alex);
  pradeep = await userToken(emulator, pradeepId);
});
afterAll(async () => emulator?.cleanup());

describe('the PIM clock', () => {
  it('moves by PUT {advanceBy} and {now}, refuses anything else, and needs the control token', async () => {
    const before = await now();
    const advanced = await advance('P1D');
    expect(advanced.status).toBe(200);
    expect(new Date(String(advanced.body.now)).getTime() - before.getTime()).toBeGreaterThanOrEqual(day);
    const target = '2030-01-01T00:00:00.000Z';
    expect((await control(emulator, 'PUT', '/_emulator/clock', { body: { now: target } })).status).toBe(200);
    expect(Math.abs((await now()).getTime() - Date.parse(target))).toBeLessThan(5000);
    expect((await control(emulator, 'PUT', '/_emulator/clock', { body: { advanceBy: '6 minutes' } })).status).toBe(400);
    expect((await call(emulator, 'GET', '/_emulator/clock')).status).toBe(401);
    await control(emulator, 'POST', '/_emulator/reset');
    const reset = await control<{ offsetMs: number }>(emulator, 'GET', '/_emulator/clock');
    expect(reset.body.offsetMs).toBe(0);
  });
});

describe('the demo tenant seed', () => {
  it('has the contract eligibilities, none of them in /roleAssignments', async () => {
    const { body } = await call<Collection<Instance>>(emulator, 'GET', `${dir}/roleEligibilityScheduleInstances`, { token: patti });
    const held = body.value.map((i) => [i.principalId, i.roleDefinitionId]);
    expect(held).toEqual(
      expect.arrayContaining([
        [personas.lee, wellKnownRoles.globalAdministrator],
        [personas.alex, wellKnownRoles.userAdministrator],
        [contosoIds.group('Contoso_App_Admins'), wellKnownRoles.applicationAdministrator],
        [contosoIds.user('JohannaL'), wellKnownRoles.securityAdministrator],
      ]),
    );
    expect(body.value).toHaveLength(4);
    const lee = body.value.find((i) => i.principalId === personas.lee);
    expect(lee?.endDateTime).toBeNull();
    expect(lee?.id).toBe(`${assignmentId(wellKnownRoles.globalAdministrator, personas.lee, '/')}-e`);
    expect((await assignmentsOf(personas.alex)).map((a) => a.roleDefinitionId)).not.toContain(wellKnownRoles.userAdministrator);
  });

  it("shows Joni's time-bound Reports Reader as an active instance and in /roleAssignments, Grady's expired one only as a request", async () => {
    const joni = contosoIds.user('JoniS');
    const grady = contosoIds.user('GradyA');
    const instances = await call<Collection<Instance>>(emulator, 'GET', `${dir}/roleAssignmentScheduleInstances?$filter=principalId eq '${joni}'`, { token: patti });
    const reports = instances.body.value.find((i) => i.roleDefinitionId === wellKnownRoles.reportsReader);
    expect(reports).toMatchObject({ assignmentType: 'Assigned', memberType: 'Direct', id: assignmentId(wellKnownRoles.reportsReader, joni, '/') });
    expect(Date.parse(String(reports?.endDateTime)) - (await now()).getTime()).toBeGreaterThan(4 * day);
    expect((await assignmentsOf(joni)).map((a) => a.roleDefinitionId)).toContain(wellKnownRoles.reportsReader);
    expect((await assignmentsOf(grady)).map((a) => a.roleDefinitionId)).not.toContain(messageCenterReader);
    const requests = await call<Collection<Request>>(emulator, 'GET', `${assignmentRequests}?$filter=principalId eq '${grady}'`, { token: patti });
    expect(requests.body.value).toHaveLength(1);
    expect(Date.parse(String(requests.body.value[0]?.scheduleInfo?.expiration.endDateTime))).toBeLessThan((await now()).getTime());
  });

  it('lists every plain /roleAssignments row as an Assigned, permanent, Direct instance and schedule with the same id', async () => {
    const id = assignmentId(wellKnownRoles.globalAdministrator, personas.megan, '/');
    const instance = await call<Instance & { roleAssignmentOriginId: string; roleAssignmentScheduleId: string }>(emulator, 'GET', `${dir}/roleAssignmentScheduleInstances/${id}`, { token: patti });
    expect(instance.status).toBe(200);
    expect(instance.body).toMatchObject({ id, roleAssignmentOriginId: id, roleAssignmentScheduleId: id, assignmentType: 'Assigned', memberType: 'Direct', endDateTime: null });
    const schedule = await call<{ createdUsing: string | null; scheduleInfo: { expiration: { type: string } } }>(emulator, 'GET', `${dir}/roleAssignmentSchedules/${id}`, { token: patti });
    expect(schedule.body.createdUsing).toBeNull();
    expect(schedule.body.scheduleInfo.expiration.type).toBe('noExpiration');
  });
});

describe('admin assignments through requests', () => {
  const isaiah = personas.isaiah;
  it('adminAssign of an eligibility answers 201 Provisioned, shows in schedules, never in /roleAssignments; adminRemove revokes it', async () => {
    const created = await call<Request>(emulator, 'POST', eligibilityRequests, {
      token: patti,
      body: { action: 'AdminAssign', principalId: isaiah, roleDefinitionId: wellKnownRoles.helpdeskAdministrator, directoryScopeId: '/', justification: 'On call', scheduleInfo: { expiration: { type: 'AfterDuration', duration: 'P30D' } } },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toContain(`/roleEligibilityScheduleRequests/${created.body.id}`);
    expect(created.body).toMatchObject({ action: 'adminAssign', status: 'Provisioned', targetScheduleId: created.body.id, createdBy: { user: { id: personas.patti } } });
    expect(created.body.scheduleInfo?.expiration).toEqual({ type: 'afterDuration', endDateTime: null, duration: 'P30D' });
    const schedule = await call<{ id: string; createdUsing: string }>(emulator, 'GET', `${dir}/roleEligibilitySchedules/${created.body.id}`, { token: patti });
    expect(schedule.body.createdUsing).toBe(created.body.id);
    expect((await assignmentsOf(isaiah)).map((a) => a.roleDefinitionId)).not.toContain(wellKnownRoles.helpdeskAdministrator);

    const remove = { action: 'adminRemove', principalId: isaiah, roleDefinitionId: wellKnownRoles.helpdeskAdministrator, directoryScopeId: '/' };
    const early = await call<ErrorBody>(emulator, 'POST', eligibilityRequests, { token: patti, body: remove });
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({ code: 'ActiveDurationTooShort', message: 'The Active duration is too short. Miniumum Required is 5 minutes.' });
    await advance('PT6M');
    const removed = await call<Request>(emulator, 'POST', eligibilityRequests, { token: patti, body: remove });
    expect(removed.status).toBe(201);
    expect(removed.body).toMatchObject({ status: 'Revoked', scheduleInfo: null, targetScheduleId: null });
    expect((await call(emulator, 'GET', `${dir}/roleEligibilitySchedules/${created.body.id}`, { token: patti })).status).toBe(404);
  });

  it('adminAssign of an active assignment adds a /roleAssignments row; without justification the default policy refuses it', async () => {
    const body = { action: 'adminAssign', principalId: isaiah, roleDefinitionId: wellKnownRoles.reportsReader, directoryScopeId: '/', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'P7D' } } };
    const refused = await call<ErrorBody>(emulator, 'POST', assignmentRequests, { token: patti, body });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'RoleAssignmentRequestPolicyValidationFailed', message: 'The following policy rules failed: ["JustificationRule"]' });
    const created = await call<Request>(emulator, 'POST', assignmentRequests, { token: patti, body: { ...body, justification: 'Quarterly report' } });
    expect(created.status).toBe(201);
    expect((await assignmentsOf(isaiah)).map((a) => a.roleDefinitionId)).toContain(wellKnownRoles.reportsReader);
    const duplicate = await call<ErrorBody>(emulator, 'POST', assignmentRequests, { token: patti, body: { ...body, justification: 'Again' } });
    expect(duplicate.body.error).toMatchObject({ code: 'RoleAssignmentExists', message: 'The Role assignment already exists.' });
  });
});

describe('activation', () => {
  const activate = (token: string, principalId: string, roleDefinitionId: string, duration = 'PT2H') =>
    call<Request & ErrorBody>(emulator, 'POST', assignmentRequests, {
      token,
      body: { action: 'selfActivate', principalId, roleDefinitionId, directoryScopeId: '/', justification: 'Ticket 42', scheduleInfo: { expiration: { type: 'afterDuration', duration } } },
    });

  it('activates an eligibility into /roleAssignments for the caller, deactivates after 5 minutes, and refuses more than 8 hours', async () => {
    expect((await activate(alex, personas.alex, wellKnownRoles.userAdministrator, 'PT9H')).body.error?.code).toBe('RoleAssignmentRequestPolicyValidationFailed');
    const activated = await activate(alex, personas.alex, wellKnownRoles.userAdministrator);
    expect(activated.status).toBe(201);
    expect(activated.body).toMatchObject({ status: 'Provisioned', action: 'selfActivate', createdBy: { user: { id: personas.alex } } });
    expect((await assignmentsOf(personas.alex)).map((a) => a.roleDefinitionId)).toContain(wellKnownRoles.userAdministrator);
    const mine = await call<Collection<Instance>>(emulator, 'GET', `${dir}/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')`, { token: alex });
    expect(mine.body.value.find((i) => i.roleDefinitionId === wellKnownRoles.userAdministrator)).toMatchObject({ assignmentType: 'Activated', memberType: 'Direct' });

    const deactivate = { action: 'selfDeactivate', principalId: personas.alex, roleDefinitionId: wellKnownRoles.userAdministrator, directoryScopeId: '/' };
    expect((await call<ErrorBody>(emulator, 'POST', assignmentRequests, { token: alex, body: deactivate })).body.error.code).toBe('ActiveDurationTooShort');
    await advance('PT6M');
    const deactivated = await call<Request>(emulator, 'POST', assignmentRequests, { token: alex, body: deactivate });
    expect(deactivated.body.status).toBe('Revoked');
    expect((await assignmentsOf(personas.alex)).map((a) => a.roleDefinitionId)).not.toContain(wellKnownRoles.userAdministrator);
    const eligible = await call<Collection<Instance>>(emulator, 'GET', `${dir}/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')`, { token: alex });
    expect(eligible.body.value.map((i) => i.roleDefinitionId)).toEqual([wellKnownRoles.userAdministrator]);
  });

  it('activates through a group eligibility (memberType Group) and the activation ends when the clock passes its end', async () => {
    const activated = await activate(pradeep, pradeepId, wellKnownRoles.applicationAdministrator, 'PT1H');
    expect(activated.status).toBe(201);
    const mine = await call<Collection<Instance>>(emulator, 'GET', `${dir}/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')`, { token: pradeep });
    expect(mine.body.value.find((i) => i.roleDefinitionId === wellKnownRoles.applicationAdministrator)).toMatchObject({ principalId: pradeepId, memberType: 'Group', assignmentType: 'Activated' });
    const groupHeld = await call<Collection<Instance>>(emulator, 'GET', `${dir}/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')`, { token: pradeep });
    expect(groupHeld.body.value).toEqual([expect.objectContaining({ principalId: contosoIds.group('Contoso_App_Admins'), memberType: 'Group' })]);
    expect((await assignmentsOf(pradeepId)).map((a) => a.roleDefinitionId)).toContain(wellKnownRoles.applicationAdministrator);
    const requests = await call<Collection<Request>>(emulator, 'GET', `${assignmentRequests}/filterByCurrentUser(on='principal')`, { token: pradeep });
    expect(requests.body.value.map((r) => [r.action, r.principalId])).toEqual([['selfActivate', pradeepId]]);
    const eligibilityRequestsOfPradeep = await call<Collection<Request>>(emulator, 'GET', `${eligibilityRequests}/filterByCurrentUser(on='principal')`, { token: pradeep });
    expect(eligibilityRequestsOfPradeep.body.value).toEqual([]); // the group's adminAssign request is not his
    await advance('PT61M');
    expect((await assignmentsOf(pradeepId)).map((a) => a.roleDefinitionId)).not.toContain(wellKnownRoles.applicationAdministrator);
    const auditReader = await userToken(emulator, personas.modAdmin, ['AuditLog.Read.All']);
    const expired = await call<Collection<{ loggedByService: string; targetResources: Array<{ id: string }>; initiatedBy: { app: { displayName: string } } }>>(
      emulator, 'GET', `/v1.0/auditLogs/directoryAudits?$filter=activityDisplayName eq 'Remove member from role (PIM activation expired)'`, { token: auditReader },
    );
    expect(expired.body.value).toHaveLength(1);
    expect(expired.body.value[0]).toMatchObject({ loggedByService: 'PIM', initiatedBy: { app: { displayName: 'MS-PIM' } } });
    expect(expired.body.value[0]?.targetResources.map((t) => t.id)).toEqual([pradeepId, wellKnownRoles.applicationAdministrator]);
    const names = async (activity: string) =>
      (await call<Collection>(emulator, 'GET', `/v1.0/auditLogs/directoryAudits?$filter=activityDisplayName eq '${activity}'`, { token: auditReader })).body.value.length;
    expect(await names('Add member to role completed (PIM activation)')).toBe(2);
    expect(await names('Remove member from role completed (PIM deactivate)')).toBe(1);
    expect(await names('Add eligible member to role in PIM completed (timebound)')).toBe(1);
    expect(await names('Remove eligible member from role in PIM completed')).toBe(1);
    expect(await names('Add member to role in PIM completed (timebound)')).toBe(1);
  });

  it('refuses an activation without an eligibility, and one for someone else', async () => {
    expect((await activate(alex, personas.alex, wellKnownRoles.globalAdministrator)).body.error).toMatchObject({ code: 'RoleAssignmentDoesNotExist', message: 'The Role assignment does not exist.' });
    expect((await activate(alex, personas.lee, wellKnownRoles.globalAdministrator)).status).toBe(403);
  });
});
