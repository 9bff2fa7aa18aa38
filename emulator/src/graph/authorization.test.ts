import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wellKnownRoles } from '../seed/catalog';
import { contosoIds } from '../seed/contoso';
import { assignmentId } from '../seed/ids';
import { appToken, call, personas, startTestEmulator, userToken, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
const assignments = '/v1.0/roleManagement/directory/roleAssignments';
const roles = '/v1.0/roleManagement/directory/roleDefinitions';
const seattle = contosoIds.administrativeUnit('Seattle');
const insufficient = { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => emulator?.cleanup());

/** Creates an assignment of Helpdesk Administrator to Alex at `/` and removes it again; returns the create status. */
async function tryAssign(token: string): Promise<{ status: number; body: ErrorBody }> {
  const response = await call<ErrorBody>(emulator, 'POST', assignments, {
    token,
    body: { roleDefinitionId: wellKnownRoles.helpdeskAdministrator, principalId: personas.alex, directoryScopeId: '/' },
  });
  if (response.status === 201) {
    const admin = await appToken(emulator);
    await call(emulator, 'DELETE', `${assignments}/${assignmentId(wellKnownRoles.helpdeskAdministrator, personas.alex, '/')}`, { token: admin });
  }
  return response;
}

describe('tokens', () => {
  it.each([
    ['no token', async () => undefined],
    ['a token signed by another key', () => emulator.identity.mintAccessTokenForTests({ userId: personas.megan, signWithForeignKey: true })],
    ['an expired token', () => emulator.identity.mintAccessTokenForTests({ userId: personas.megan, expiresInSeconds: -300 })],
    ['a token for another audience', () => emulator.identity.mintAccessTokenForTests({ userId: personas.megan, audience: 'api://someone-else' })],
    ['a malformed token', async () => 'not.a.jwt'],
  ])('answers 401 InvalidAuthenticationToken for %s', async (_, mint) => {
    const token = await mint();
    const { status, body, headers } = await call<ErrorBody>(emulator, 'GET', roles, { token });
    expect(status).toBe(401);
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});

describe('reads', () => {
  it.each([
    ['a read-only app', () => appToken(emulator, ['Directory.Read.All'])],
    ['an app with RoleManagement.Read.Directory', () => appToken(emulator, ['RoleManagement.Read.Directory'])],
    ['a non-admin user', () => userToken(emulator, personas.alex)],
    ['a Global Reader', () => userToken(emulator, personas.isaiah)],
  ])('lets %s read role assignments', async (_, mint) => {
    expect((await call(emulator, 'GET', assignments, { token: await mint() })).status).toBe(200);
  });

  it('refuses a token without any read permission for the API', async () => {
    const appWithoutRoles = await appToken(emulator, []);
    expect((await call<ErrorBody>(emulator, 'GET', assignments, { token: appWithoutRoles })).body.error).toMatchObject(insufficient);
    const userReadOnly = await userToken(emulator, personas.megan, ['User.Read']);
    const refused = await call<ErrorBody>(emulator, 'GET', '/v1.0/users', { token: userReadOnly });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject(insufficient);
    expect((await call(emulator, 'GET', '/v1.0/me', { token: userReadOnly })).status).toBe(200);
    const appRoleManagementOnly = await appToken(emulator, ['RoleManagement.Read.Directory']);
    expect((await call(emulator, 'GET', '/v1.0/users', { token: appRoleManagementOnly })).status).toBe(403);
  });

  it('answers /me for an app-only token with 400 like Graph', async () => {
    const { status, body } = await call<ErrorBody>(emulator, 'GET', '/v1.0/me', { token: await appToken(emulator) });
    expect(status).toBe(400);
    expect(body.error.message).toBe('/me request is only valid with delegated authentication flow.');
  });
});

describe('role assignment writes', () => {
  it.each([
    ['a read-only app', () => appToken(emulator, ['Directory.Read.All'])],
    ['a non-admin user', () => userToken(emulator, personas.alex)],
    ['a Global Reader', () => userToken(emulator, personas.isaiah)],
    ['a Helpdesk Administrator (through a group)', () => userToken(emulator, personas.diego)],
    ['a User Administrator of one administrative unit', () => userToken(emulator, personas.lee)],
    ['a Global Administrator whose token lacks RoleManagement.ReadWrite.Directory', () => userToken(emulator, personas.megan, ['Directory.ReadWrite.All'])],
  ])('refuses %s with 403 Authorization_RequestDenied', async (_, mint) => {
    const { status, body } = await tryAssign(await mint());
    expect(status).toBe(403);
    expect(body.error).toMatchObject(insufficient);
  });

  it.each([
    ['a Privileged Role Administrator', () => userToken(emulator, personas.patti)],
    ['a Global Administrator', () => userToken(emulator, personas.megan)],
    ['the automation app (application permission)', () => appToken(emulator)],
  ])('lets %s create and delete assignments', async (_, mint) => {
    expect((await tryAssign(await mint())).status).toBe(201);
  });

  it('counts a role held through a role-assignable group', async () => {
    const patti = await userToken(emulator, personas.patti);
    const pradeep = await userToken(emulator, contosoIds.user('PradeepG'));
    expect((await tryAssign(pradeep)).status).toBe(403);
    const grant = await call<{ id: string }>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.privilegedRoleAdministrator, principalId: contosoIds.group('Contoso_App_Admins'), directoryScopeId: '/' },
    });
    expect(grant.status).toBe(201);
    expect((await tryAssign(pradeep)).status).toBe(201);
    expect((await call(emulator, 'DELETE', `${assignments}/${grant.body.id}`, { token: patti })).status).toBe(204);
  });

  it('guards role definitions and scopedRoleMembers the same way', async () => {
    const alex = await userToken(emulator, personas.alex);
    const isaiah = await userToken(emulator, personas.isaiah);
    const body = { displayName: 'Not allowed', rolePermissions: [{ allowedResourceActions: ['microsoft.directory/users/basic/update'] }] };
    expect((await call(emulator, 'POST', roles, { token: alex, body })).status).toBe(403);
    expect((await call(emulator, 'PATCH', `${roles}/${contosoIds.customRole('Contoso Audit Reader')}`, { token: isaiah, body: { description: 'x' } })).status).toBe(403);
    expect((await call(emulator, 'DELETE', `${roles}/${contosoIds.customRole('Contoso Audit Reader')}`, { token: isaiah })).status).toBe(403);
    const scoped = `/v1.0/directory/administrativeUnits/${seattle}/scopedRoleMembers`;
    const member = { roleId: wellKnownRoles.helpdeskAdministrator, roleMemberInfo: { id: personas.alex } };
    expect((await call(emulator, 'POST', scoped, { token: isaiah, body: member })).status).toBe(403);
    const lees = assignmentId(wellKnownRoles.userAdministrator, personas.lee, `/administrativeUnits/${seattle}`);
    expect((await call(emulator, 'DELETE', `${scoped}/${lees}`, { token: alex })).status).toBe(403);
    expect((await call(emulator, 'GET', scoped, { token: isaiah })).status).toBe(200);
  });
});

describe('group writes', () => {
  const ordinary = { displayName: 'Project Falcon', mailNickname: 'falcon', mailEnabled: false, securityEnabled: true };
  const assignable = { ...ordinary, displayName: 'Falcon Admins', mailNickname: 'falconadmins', isAssignableToRole: true };

  it('lets only GA or PRA with RoleManagement.ReadWrite.Directory create a role-assignable group', async () => {
    const groupsAdmin = await userToken(emulator, personas.megan, ['Group.ReadWrite.All']);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: groupsAdmin, body: assignable })).status).toBe(403);
    const alex = await userToken(emulator, personas.alex, ['Group.ReadWrite.All', 'RoleManagement.ReadWrite.Directory']);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: alex, body: assignable })).status).toBe(403);
    const patti = await userToken(emulator, personas.patti);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: patti, body: assignable })).status).toBe(201);
  });

  it('lets an app create a role-assignable group only with RoleManagement.ReadWrite.Directory and a group create permission', async () => {
    const body = (n: number) => ({ ...assignable, displayName: `Falcon App Admins ${n}`, mailNickname: `falconappadmins${n}` });
    // The automation app: RoleManagement.ReadWrite.Directory and Directory.Read.All, no group permission.
    const automation = await call<ErrorBody>(emulator, 'POST', '/v1.0/groups', { token: await appToken(emulator), body: body(1) });
    expect(automation.status).toBe(403);
    expect(automation.body.error.code).toBe('Authorization_RequestDenied');
    const groupsOnly = await appToken(emulator, ['Group.ReadWrite.All']);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: groupsOnly, body: body(2) })).status).toBe(403);
    const both = await appToken(emulator, ['RoleManagement.ReadWrite.Directory', 'Group.ReadWrite.All']);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: both, body: body(3) })).status).toBe(201);
    const createOnly = await appToken(emulator, ['RoleManagement.ReadWrite.Directory', 'Group.Create']);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: createOnly, body: body(4) })).status).toBe(201);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: await appToken(emulator, ['Group.Create']), body: { ...ordinary, mailNickname: 'falconapp' } })).status).toBe(201);
  });

  it('needs Group.ReadWrite.All and an admin role for an ordinary group', async () => {
    const alex = await userToken(emulator, personas.alex, ['Group.ReadWrite.All']);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: alex, body: ordinary })).status).toBe(403);
    const meganWithoutScope = await userToken(emulator, personas.megan);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: meganWithoutScope, body: ordinary })).status).toBe(403);
    const megan = await userToken(emulator, personas.megan, ['Group.ReadWrite.All']);
    expect((await call(emulator, 'POST', '/v1.0/groups', { token: megan, body: ordinary })).status).toBe(201);
  });

  it('protects the members of a role-assignable group', async () => {
    const group = contosoIds.group('Contoso_Helpdesk_Administrators');
    const ref = { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${personas.alex}` };
    const groupWriter = await userToken(emulator, personas.megan, ['Group.ReadWrite.All', 'GroupMember.ReadWrite.All']);
    expect((await call(emulator, 'POST', `/v1.0/groups/${group}/members/$ref`, { token: groupWriter, body: ref })).status).toBe(403);
    const isaiah = await userToken(emulator, personas.isaiah);
    expect((await call(emulator, 'POST', `/v1.0/groups/${group}/members/$ref`, { token: isaiah, body: ref })).status).toBe(403);
    const patti = await userToken(emulator, personas.patti);
    expect((await call(emulator, 'POST', `/v1.0/groups/${group}/members/$ref`, { token: patti, body: ref })).status).toBe(204);
    expect((await call(emulator, 'DELETE', `/v1.0/groups/${group}/members/${personas.alex}/$ref`, { token: patti })).status).toBe(204);
  });
});
