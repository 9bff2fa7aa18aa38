import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contosoIds } from '../seed/contoso';
import { call, personas, startTestEmulator, userToken, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let patti: string; // Privileged Role Administrator
const roles = '/v1.0/roleManagement/directory/roleDefinitions';
const assignments = '/v1.0/roleManagement/directory/roleAssignments';
const eligibilityRequests = '/v1.0/roleManagement/directory/roleEligibilityScheduleRequests';
const expenses = contosoIds.application('Contoso Expenses');

beforeAll(async () => {
  emulator = await startTestEmulator();
  patti = await userToken(emulator, personas.patti);
});
afterAll(async () => emulator?.cleanup());

const create = (displayName: string, actions: string[], extra: Record<string, unknown> = {}) =>
  call<Record<string, unknown> & ErrorBody>(emulator, 'POST', roles, {
    token: patti,
    body: { displayName, isEnabled: true, rolePermissions: [{ allowedResourceActions: actions, ...extra }] },
  });
const customCount = async () => {
  const all = await call<{ value: Array<{ isBuiltIn: boolean }> }>(emulator, 'GET', roles, { token: patti });
  return all.body.value.filter((r) => !r.isBuiltIn).length;
};

describe('custom role writes', () => {
  it('accepts allowlisted actions case-insensitively and refuses others with Graph\'s texts, writing nothing', async () => {
    const ok = await create('Cred updater', ['Microsoft.Directory/Applications/Credentials/Update']);
    expect(ok.status).toBe(201);
    const before = await customCount();
    const refused = await create('Disabler', ['microsoft.directory/applications/credentials/update', 'microsoft.directory/users/disable']);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'Request_BadRequest', message: "Action 'microsoft.directory/users/disable' is not supported for Custom Role creation" });
    const namespace = await create('Exchange', ['microsoft.office365.exchange/allEntities/basic/allTasks']);
    expect(namespace.body.error).toMatchObject({ code: 'Request_BadRequest', message: "Resource category 'microsoft.office365.exchange' is not supported." });
    expect(await customCount()).toBe(before);
    const patch = await call<ErrorBody>(emulator, 'PATCH', `${roles}/${ok.body.id as string}`, {
      token: patti,
      body: { rolePermissions: [{ allowedResourceActions: ['microsoft.directory/users/disable'] }] },
    });
    expect(patch.status).toBe(400);
    expect(patch.body.error.message).toBe("Action 'microsoft.directory/users/disable' is not supported for Custom Role creation");
  });

  it('refuses conditions and excludedResourceActions', async () => {
    const withCondition = await create('Owners only', ['microsoft.directory/applications/credentials/update'], { condition: '@Subject.objectId Any_of @Resource.owners' });
    expect(withCondition.status).toBe(400);
    expect(withCondition.body.error.message).toBe('Conditions are not supported for custom roles.');
    const withExcluded = await create('Excluding', ['microsoft.directory/applications/credentials/update'], { excludedResourceActions: ['microsoft.directory/applications/basic/update'] });
    expect(withExcluded.status).toBe(400);
  });

  it('checks templateId and displayName uniqueness on POST and PATCH', async () => {
    const a = await create('Unique A', ['microsoft.directory/users/basic/update']);
    const b = await create('Unique B', ['microsoft.directory/users/basic/update']);
    const conflict = 'A conflicting object with one or more of the specified property values is present in the directory.';
    const sameTemplate = await call<ErrorBody>(emulator, 'POST', roles, {
      token: patti,
      body: { displayName: 'Unique C', templateId: a.body.id, rolePermissions: [{ allowedResourceActions: ['microsoft.directory/users/basic/update'] }] },
    });
    expect(sameTemplate.body.error.message).toBe(conflict);
    const sameName = await create('unique a', ['microsoft.directory/users/basic/update']);
    expect(sameName.body.error.message).toBe(conflict);
    const rename = await call<ErrorBody>(emulator, 'PATCH', `${roles}/${b.body.id as string}`, { token: patti, body: { displayName: 'UNIQUE A' } });
    expect(rename.body.error.message).toBe(conflict);
    const badTemplate = await call<ErrorBody>(emulator, 'PATCH', `${roles}/${b.body.id as string}`, { token: patti, body: { templateId: 'nope' } });
    expect(badTemplate.status).toBe(400);
    const newTemplate = '6f1d5c3e-0d9a-4c3b-9d6a-3a1b2c3d4e5f';
    expect((await call(emulator, 'PATCH', `${roles}/${b.body.id as string}`, { token: patti, body: { templateId: newTemplate } })).status).toBe(204);
    const read = await call<Record<string, unknown>>(emulator, 'GET', `${roles}/${b.body.id as string}`, { token: patti });
    expect(read.body.templateId).toBe(newTemplate);
  });

  it('refuses isBuiltIn true on create', async () => {
    const r = await call<ErrorBody>(emulator, 'POST', roles, {
      token: patti,
      body: { displayName: 'Fake built-in', isBuiltIn: true, rolePermissions: [{ allowedResourceActions: ['microsoft.directory/users/basic/update'] }] },
    });
    expect(r.status).toBe(400);
  });

  it('assigns at an app scope only a role holding application actions', async () => {
    const app = await create('App cred scope', ['microsoft.directory/applications/credentials/update']);
    const users = await create('Users scope', ['microsoft.directory/users/basic/update']);
    const good = await call(emulator, 'POST', assignments, { token: patti, body: { roleDefinitionId: app.body.id, principalId: personas.isaiah, directoryScopeId: `/${expenses}` } });
    expect(good.status).toBe(201);
    const bad = await call<ErrorBody>(emulator, 'POST', assignments, { token: patti, body: { roleDefinitionId: users.body.id, principalId: personas.isaiah, directoryScopeId: `/${expenses}` } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('The given built-in role is not supported to be assigned to a single resource scope.');
  });

  it('refuses to delete a custom role with a role assignment or a PIM eligibility', async () => {
    const assigned = await create('Assigned role', ['microsoft.directory/users/basic/update']);
    await call(emulator, 'POST', assignments, { token: patti, body: { roleDefinitionId: assigned.body.id, principalId: personas.isaiah, directoryScopeId: '/' } });
    const del1 = await call<ErrorBody>(emulator, 'DELETE', `${roles}/${assigned.body.id as string}`, { token: patti });
    expect(del1.status).toBe(400);
    const eligible = await create('Eligible role', ['microsoft.directory/users/basic/update']);
    const req = await call(emulator, 'POST', eligibilityRequests, {
      token: patti,
      body: { action: 'adminAssign', principalId: personas.isaiah, roleDefinitionId: eligible.body.id, directoryScopeId: '/', justification: 'x', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'P30D' } } },
    });
    expect(req.status).toBe(201);
    const del2 = await call<ErrorBody>(emulator, 'DELETE', `${roles}/${eligible.body.id as string}`, { token: patti });
    expect(del2.status).toBe(400);
    expect(del2.body.error.message).toBe('The role definition cannot be deleted because it has role assignments. Remove the assignments first.');
    expect((await call(emulator, 'GET', `${roles}/${eligible.body.id as string}`, { token: patti })).status).toBe(200);
  });

  it('refuses to assign a disabled custom role, directly or through PIM, until it is enabled again', async () => {
    const role = await create('Switched off', ['microsoft.directory/users/basic/update']);
    const id = role.body.id as string;
    expect((await call(emulator, 'PATCH', `${roles}/${id}`, { token: patti, body: { isEnabled: false } })).status).toBe(204);
    const direct = await call<ErrorBody>(emulator, 'POST', assignments, { token: patti, body: { roleDefinitionId: id, principalId: personas.isaiah, directoryScopeId: '/' } });
    expect(direct.status).toBe(400);
    expect(direct.body.error.message).toBe(`The role definition '${id}' is disabled and cannot be assigned.`);
    const eligible = await call<ErrorBody>(emulator, 'POST', eligibilityRequests, {
      token: patti,
      body: { action: 'adminAssign', principalId: personas.isaiah, roleDefinitionId: id, directoryScopeId: '/', justification: 'x', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'P30D' } } },
    });
    expect(eligible.status).toBe(400);
    const held = await call<{ value: unknown[] }>(emulator, 'GET', `${assignments}?$filter=roleDefinitionId eq '${id}'`, { token: patti });
    expect(held.body.value).toHaveLength(0);
    expect((await call(emulator, 'PATCH', `${roles}/${id}`, { token: patti, body: { isEnabled: true } })).status).toBe(204);
    expect((await call(emulator, 'POST', assignments, { token: patti, body: { roleDefinitionId: id, principalId: personas.isaiah, directoryScopeId: '/' } })).status).toBe(201);
  });

  it('refuses creation once the organization has 100 custom roles', async () => {
    let n = await customCount();
    while (n < 100) {
      expect((await create(`Filler ${n}`, ['microsoft.directory/users/basic/update'])).status).toBe(201);
      n += 1;
    }
    const over = await create('One too many', ['microsoft.directory/users/basic/update']);
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({ code: 'Request_BadRequest', message: 'The maximum number of custom role definitions (100) for this organization has been reached.' });
  });
});
