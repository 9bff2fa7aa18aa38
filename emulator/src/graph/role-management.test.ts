import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wellKnownRoles } from '../seed/catalog';
import { contosoIds } from '../seed/contoso';
import { assignmentId } from '../seed/ids';
import { directoryRoleId } from '../store/directory-roles';
import { call, listAll, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let patti: string; // Privileged Role Administrator
let megan: string; // Global Administrator
const roles = '/v1.0/roleManagement/directory/roleDefinitions';
const assignments = '/v1.0/roleManagement/directory/roleAssignments';
const seattle = contosoIds.administrativeUnit('Seattle');
const london = contosoIds.administrativeUnit('London');
const expenses = contosoIds.application('Contoso Expenses');
const notThere = '00000000-0000-4000-8000-00000000beef';
const resourceMissing = (id: string) => `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`;

beforeAll(async () => {
  emulator = await startTestEmulator();
  patti = await userToken(emulator, personas.patti);
  megan = await userToken(emulator, personas.megan, ['RoleManagement.ReadWrite.Directory', 'Directory.Read.All', 'AuditLog.Read.All']);
});
afterAll(async () => emulator?.cleanup());

describe('roleDefinitions', () => {
  it('lists the 145 built-in roles and the 3 custom ones, paging with an opaque skiptoken', async () => {
    const { items, pages } = await listAll<{ id: string; isBuiltIn: boolean; displayName: string }>(emulator, `${roles}?$top=50`, patti);
    expect(items).toHaveLength(148);
    expect(pages).toBe(3);
    expect(items.filter((r) => !r.isBuiltIn).map((r) => r.displayName).sort()).toEqual([
      'Contoso App Credential Manager',
      'Contoso Audit Reader',
      'Contoso Helpdesk Tier 1',
    ]);
    expect(new Set(items.map((r) => r.id)).size).toBe(148);
  });

  it('returns the v1.0 shape with an @odata.context on the request origin', async () => {
    const { status, body } = await call<Record<string, unknown>>(emulator, 'GET', `${roles}/${wellKnownRoles.globalAdministrator}`, { token: patti });
    expect(status).toBe(200);
    expect(body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#roleManagement/directory/roleDefinitions/$entity`);
    expect(Object.keys(body).sort()).toEqual(
      ['@odata.context', 'description', 'displayName', 'id', 'isBuiltIn', 'isEnabled', 'resourceScopes', 'rolePermissions', 'templateId', 'version'].sort(),
    );
    expect(body).toMatchObject({ displayName: 'Global Administrator', isBuiltIn: true, resourceScopes: ['/'], templateId: wellKnownRoles.globalAdministrator });
    expect((body.rolePermissions as Array<{ condition: null; allowedResourceActions: string[] }>)[0]?.condition).toBeNull();
  });

  it('filters with eq and in on id, templateId, displayName and isBuiltIn, and selects', async () => {
    const byName = await call<Collection>(emulator, 'GET', `${roles}?$filter=displayName eq 'helpdesk administrator'&$select=id,displayName`, { token: patti });
    expect(byName.body.value).toEqual([{ id: wellKnownRoles.helpdeskAdministrator, displayName: 'Helpdesk Administrator' }]);
    expect(byName.body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#roleManagement/directory/roleDefinitions(id,displayName)`);
    const byIds = await call<Collection>(
      emulator,
      'GET',
      `${roles}?$filter=templateId in ('${wellKnownRoles.globalAdministrator}', '${wellKnownRoles.privilegedRoleAdministrator}')&$select=id`,
      { token: patti },
    );
    expect(byIds.body.value).toHaveLength(2);
    const custom = await call<Collection>(emulator, 'GET', `${roles}?$filter=isBuiltIn eq false&$select=displayName`, { token: patti });
    expect(custom.body.value).toHaveLength(3);
    const byId = await call<Collection>(emulator, 'GET', `${roles}?$filter=id eq '${wellKnownRoles.globalReader}'`, { token: patti });
    expect(byId.body.value).toHaveLength(1);
  });

  it('refuses isPrivileged (beta only), unknown properties and bad filters with 400, never 500', async () => {
    const privileged = await call<ErrorBody>(emulator, 'GET', `${roles}?$select=isPrivileged`, { token: patti });
    expect(privileged.status).toBe(400);
    expect(privileged.body.error.message).toBe("Could not find a property named 'isPrivileged' on type 'microsoft.graph.unifiedRoleDefinition'.");
    const unknownFilter = await call<ErrorBody>(emulator, 'GET', `${roles}?$filter=isPrivileged eq true`, { token: patti });
    expect(unknownFilter.status).toBe(400);
    const bad = await call<ErrorBody>(emulator, 'GET', `${roles}?$filter=displayName eq 'x' or`, { token: patti });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Invalid filter clause/);
    const badGuid = await call<ErrorBody>(emulator, 'GET', `${roles}?$filter=id eq 'not-a-guid'`, { token: patti });
    expect(badGuid.status).toBe(400);
    expect(badGuid.body.error).toMatchObject({ code: 'Request_BadRequest', message: "Invalid object identifier 'not-a-guid'." });
    const badTop = await call<ErrorBody>(emulator, 'GET', `${roles}?$top=1000`, { token: patti });
    expect(badTop.status).toBe(400);
    const badToken = await call<ErrorBody>(emulator, 'GET', `${roles}?$skiptoken=garbage`, { token: patti });
    expect(badToken.status).toBe(400);
    const forged = Buffer.from(JSON.stringify(['v1', 'not-a-number'])).toString('base64url');
    const forgedToken = await call<ErrorBody>(emulator, 'GET', `${assignments}?$skiptoken=${forged}`, { token: patti });
    expect(forgedToken.status).toBe(400);
  });

  it('answers 400 for a malformed id and 404 in Graph words for an unknown one', async () => {
    const malformed = await call<ErrorBody>(emulator, 'GET', `${roles}/not-a-guid`, { token: patti });
    expect(malformed.status).toBe(400);
    const missing = await call<ErrorBody>(emulator, 'GET', `${roles}/${notThere}`, { token: patti });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'Request_ResourceNotFound', message: resourceMissing(notThere) });
    expect(missing.body.error.innerError['request-id']).toBe(missing.headers.get('request-id'));
  });

  it('creates, updates and deletes a custom role, and refuses to change a built-in one', async () => {
    const created = await call<Record<string, unknown>>(emulator, 'POST', roles, {
      token: patti,
      body: {
        displayName: 'Contoso Password Resetter',
        description: 'Resets passwords.',
        isEnabled: true,
        rolePermissions: [{ allowedResourceActions: ['microsoft.directory/users/basic/update'] }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#roleManagement/directory/roleDefinitions/$entity`);
    expect(created.body).toMatchObject({ displayName: 'Contoso Password Resetter', isBuiltIn: false, templateId: created.body.id });
    const id = created.body.id as string;

    const duplicate = await call<ErrorBody>(emulator, 'POST', roles, {
      token: patti,
      body: { displayName: 'Contoso Password Resetter', rolePermissions: [{ allowedResourceActions: ['microsoft.directory/users/basic/update'] }] },
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toBe('A conflicting object with one or more of the specified property values is present in the directory.');

    const invalid = await call<ErrorBody>(emulator, 'POST', roles, { token: patti, body: { displayName: 'No permissions' } });
    expect(invalid.status).toBe(400);

    const patched = await call(emulator, 'PATCH', `${roles}/${id}`, { token: patti, body: { description: 'Resets passwords of users.' } });
    expect(patched.status).toBe(204);
    const read = await call<Record<string, unknown>>(emulator, 'GET', `${roles}/${id}`, { token: patti });
    expect(read.body.description).toBe('Resets passwords of users.');

    const builtIn = await call<ErrorBody>(emulator, 'PATCH', `${roles}/${wellKnownRoles.globalReader}`, { token: patti, body: { description: 'x' } });
    expect(builtIn.status).toBe(400);
    expect(builtIn.body.error.message).toBe('You cannot update built-in roles.');
    const deleteBuiltIn = await call<ErrorBody>(emulator, 'DELETE', `${roles}/${wellKnownRoles.globalReader}`, { token: patti });
    expect(deleteBuiltIn.status).toBe(400);

    expect((await call(emulator, 'DELETE', `${roles}/${id}`, { token: patti })).status).toBe(204);
    expect((await call(emulator, 'GET', `${roles}/${id}`, { token: patti })).status).toBe(404);
  });
});

describe('roleAssignments', () => {
  it('lists the seeded assignments over all three scope kinds, following nextLink to the end', async () => {
    const { items, pages } = await listAll<{ id: string; directoryScopeId: string }>(emulator, `${assignments}?$top=5`, patti);
    expect(items.length).toBeGreaterThanOrEqual(19);
    expect(pages).toBe(Math.ceil(items.length / 5));
    const scopes = new Set(items.map((a) => (a.directoryScopeId === '/' ? 'tenant' : a.directoryScopeId.startsWith('/administrativeUnits/') ? 'au' : 'app')));
    expect(scopes).toEqual(new Set(['tenant', 'au', 'app']));
    const ga = items.find((a) => a.id === assignmentId(wellKnownRoles.globalAdministrator, personas.megan, '/'));
    expect(ga).toBeDefined();
  });

  it('filters by principalId, roleDefinitionId and directoryScopeId with eq, in and and', async () => {
    const byRole = await call<Collection<{ principalId: string }>>(
      emulator,
      'GET',
      `${assignments}?$filter=roleDefinitionId eq '${wellKnownRoles.globalAdministrator}'`,
      { token: patti },
    );
    expect(byRole.body.value.map((a) => a.principalId).sort()).toEqual([personas.megan, personas.modAdmin].sort());
    const combined = await call<Collection>(
      emulator,
      'GET',
      `${assignments}?$filter=principalId in ('${personas.lee}', '${personas.adele}') and directoryScopeId eq '/administrativeUnits/${seattle}'`,
      { token: patti },
    );
    expect(combined.body.value).toEqual([
      expect.objectContaining({ principalId: personas.lee, roleDefinitionId: wellKnownRoles.userAdministrator, directoryScopeId: `/administrativeUnits/${seattle}` }),
    ]);
    const counted = await call<Collection>(emulator, 'GET', `${assignments}?$filter=directoryScopeId eq '/'&$count=true&$top=1`, { token: patti });
    expect(counted.body['@odata.count']).toBeGreaterThan(10);
    expect(counted.body.value).toHaveLength(1);
  });

  it('expands principal with @odata.type for users, groups and service principals', async () => {
    const { body } = await call<Collection<{ principal: Record<string, unknown> | null }>>(
      emulator,
      'GET',
      `${assignments}?$filter=directoryScopeId eq '/'&$expand=principal&$top=100`,
      { token: patti },
    );
    expect(body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#roleManagement/directory/roleAssignments(principal())`);
    const types = new Set(body.value.map((a) => a.principal?.['@odata.type']));
    expect(types).toEqual(new Set(['#microsoft.graph.user', '#microsoft.graph.group', '#microsoft.graph.servicePrincipal']));
    const megan = body.value.find((a) => a.principal?.id === personas.megan)?.principal;
    expect(megan).toMatchObject({ displayName: 'Megan Bowen', userPrincipalName: 'MeganB@contoso.onmicrosoft.com', userType: 'Member', accountEnabled: true });
  });

  it('expands roleDefinition and directoryScope (null for the tenant scope) and honours $select', async () => {
    const { body } = await call<Collection<Record<string, unknown>>>(
      emulator,
      'GET',
      `${assignments}?$filter=principalId in ('${personas.lee}', '${personas.adele}', '${personas.megan}')&$expand=roleDefinition,directoryScope&$select=id,directoryScopeId`,
      { token: patti },
    );
    const byScope = (prefix: string) => body.value.find((a) => String(a.directoryScopeId).startsWith(prefix));
    expect(byScope('/administrativeUnits/')?.directoryScope).toMatchObject({ '@odata.type': '#microsoft.graph.administrativeUnit', id: seattle, displayName: 'Seattle' });
    expect(byScope(`/${expenses}`)?.directoryScope).toMatchObject({ '@odata.type': '#microsoft.graph.application', id: expenses, displayName: 'Contoso Expenses' });
    const tenant = body.value.find((a) => a.directoryScopeId === '/');
    expect(tenant?.directoryScope).toBeNull();
    expect(tenant?.roleDefinition).toMatchObject({ id: wellKnownRoles.globalAdministrator, displayName: 'Global Administrator' });
    expect(Object.keys(tenant ?? {}).sort()).toEqual(['directoryScope', 'directoryScopeId', 'id', 'roleDefinition']);
  });

  it('ignores a nested $select on an expanded principal and returns it whole, as Graph does', async () => {
    const { status, body } = await call<Collection<{ principal: Record<string, unknown> | null }>>(
      emulator,
      'GET',
      `${assignments}?$filter=principalId eq '${personas.megan}'&$expand=principal($select=id,displayName)`,
      { token: patti },
    );
    expect(status).toBe(200);
    expect(body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#roleManagement/directory/roleAssignments(principal())`);
    expect(body.value[0]?.principal).toMatchObject({ '@odata.type': '#microsoft.graph.user', id: personas.megan, displayName: 'Megan Bowen', userType: 'Member', accountEnabled: true });
    const both = await call<Collection<Record<string, unknown>>>(
      emulator,
      'GET',
      `${assignments}?$filter=principalId eq '${personas.megan}'&$expand=principal($select=displayName),roleDefinition`,
      { token: patti },
    );
    expect(both.body.value[0]).toMatchObject({ principal: { displayName: 'Megan Bowen' }, roleDefinition: { displayName: 'Global Administrator' } });
    const unknown = await call<ErrorBody>(emulator, 'GET', `${assignments}?$expand=manager($select=id)`, { token: patti });
    expect(unknown.status).toBe(400);
  });

  it('reads a legacy resourceScope as the directoryScopeId it replaced, and refuses one that contradicts directoryScopeId', async () => {
    const legacy = { roleDefinitionId: wellKnownRoles.helpdeskAdministrator, principalId: personas.shannon, resourceScope: `/administrativeUnits/${seattle}` };
    const created = await call<Record<string, unknown>>(emulator, 'POST', assignments, { token: patti, body: legacy });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ directoryScopeId: `/administrativeUnits/${seattle}` });
    const read = await call<Record<string, unknown>>(emulator, 'GET', `${assignments}/${String(created.body.id)}`, { token: patti });
    expect(read.body).toMatchObject({ resourceScope: `/administrativeUnits/${seattle}`, directoryScopeId: `/administrativeUnits/${seattle}` });
    expect((await call(emulator, 'DELETE', `${assignments}/${String(created.body.id)}`, { token: patti })).status).toBe(204);

    const contradicting = await call<ErrorBody>(emulator, 'POST', assignments, { token: patti, body: { ...legacy, directoryScopeId: '/' } });
    expect(contradicting.status).toBe(400);
    expect(contradicting.body.error.message).toBe("Invalid value specified for property 'resourceScope' of resource 'UnifiedRoleAssignment'.");
    const notText = await call<ErrorBody>(emulator, 'POST', assignments, { token: patti, body: { ...legacy, resourceScope: 7 } });
    expect(notText.status).toBe(400);
    const agreeing = await call<Record<string, unknown>>(emulator, 'POST', assignments, { token: patti, body: { ...legacy, resourceScope: '/', directoryScopeId: '/' } });
    expect(agreeing.status).toBe(201);
    expect((await call(emulator, 'DELETE', `${assignments}/${String(agreeing.body.id)}`, { token: patti })).status).toBe(204);
  });

  it('creates an assignment (201, Graph-style id), refuses the duplicate, then deletes it (204, then 404)', async () => {
    const body = { '@odata.type': '#microsoft.graph.unifiedRoleAssignment', roleDefinitionId: wellKnownRoles.helpdeskAdministrator, principalId: personas.alex, directoryScopeId: '/' };
    const created = await call<Record<string, unknown>>(emulator, 'POST', assignments, { token: patti, body });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      '@odata.context': `${emulator.url}/v1.0/$metadata#roleManagement/directory/roleAssignments/$entity`,
      id: assignmentId(wellKnownRoles.helpdeskAdministrator, personas.alex, '/'),
      roleDefinitionId: wellKnownRoles.helpdeskAdministrator,
      principalId: personas.alex,
      directoryScopeId: '/',
    });
    expect(created.body.id).toMatch(/^[A-Za-z0-9_-]+-1$/);
    const duplicate = await call<ErrorBody>(emulator, 'POST', assignments, { token: patti, body });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error).toMatchObject({
      code: 'Request_BadRequest',
      message: 'A conflicting object with one or more of the specified property values is present in the directory.',
    });
    const id = created.body.id as string;
    expect((await call(emulator, 'GET', `${assignments}/${id}`, { token: patti })).status).toBe(200);
    const deleted = await call(emulator, 'DELETE', `${assignments}/${id}`, { token: patti });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    const again = await call<ErrorBody>(emulator, 'DELETE', `${assignments}/${id}`, { token: patti });
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe(resourceMissing(id));
  });

  it('answers 404 for a principal or role definition that does not exist', async () => {
    const noPrincipal = await call<ErrorBody>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.helpdeskAdministrator, principalId: notThere, directoryScopeId: '/' },
    });
    expect(noPrincipal.status).toBe(404);
    expect(noPrincipal.body.error).toMatchObject({ code: 'Request_ResourceNotFound', message: resourceMissing(notThere) });
    const noRole = await call<ErrorBody>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId: notThere, principalId: personas.alex, directoryScopeId: '/' },
    });
    expect(noRole.status).toBe(404);
    const noUnit = await call<ErrorBody>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.helpdeskAdministrator, principalId: personas.alex, directoryScopeId: `/administrativeUnits/${notThere}` },
    });
    expect(noUnit.status).toBe(404);
    const noApp = await call<ErrorBody>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.applicationAdministrator, principalId: personas.alex, directoryScopeId: `/${notThere}` },
    });
    expect(noApp.status).toBe(404);
    const malformed = await call<ErrorBody>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.helpdeskAdministrator, principalId: 'alex', directoryScopeId: '/' },
    });
    expect(malformed.status).toBe(400);
  });

  it.each([
    ['a built-in role not supported at AU scope', wellKnownRoles.exchangeAdministrator, `/administrativeUnits/${seattle}`],
    ['a built-in role not supported at app scope', wellKnownRoles.helpdeskAdministrator, `/${expenses}`],
    ['a custom role without user/group/device actions at AU scope', contosoIds.customRole('Contoso Audit Reader'), `/administrativeUnits/${seattle}`],
    ['a custom role without application actions at app scope', contosoIds.customRole('Contoso Helpdesk Tier 1'), `/${expenses}`],
  ])('refuses %s with Graph 400 text', async (_, roleDefinitionId, directoryScopeId) => {
    const { status, body } = await call<ErrorBody>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId, principalId: personas.alex, directoryScopeId },
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'Request_BadRequest', message: 'The given built-in role is not supported to be assigned to a single resource scope.' });
  });

  it('accepts the scopes a role supports, a template id, and a role-assignable group, but refuses an ordinary group', async () => {
    const ok: Array<[string, string, string]> = [
      [contosoIds.customRole('Contoso Helpdesk Tier 1'), personas.alex, `/administrativeUnits/${london}`],
      [contosoIds.customRole('Contoso App Credential Manager'), personas.alex, `/${expenses}`],
      [wellKnownRoles.applicationAdministrator, personas.alex, `/${expenses}`],
      [wellKnownRoles.securityReader, contosoIds.group('Contoso_App_Admins'), '/'],
    ];
    for (const [roleDefinitionId, principalId, directoryScopeId] of ok) {
      const response = await call<Record<string, unknown>>(emulator, 'POST', assignments, { token: patti, body: { roleDefinitionId, principalId, directoryScopeId } });
      expect(response.status, `${roleDefinitionId} at ${directoryScopeId}`).toBe(201);
      expect(response.body.id).toMatch(directoryScopeId.startsWith('/administrativeUnits/') ? /-2$/ : /-1$/);
      expect((await call(emulator, 'DELETE', `${assignments}/${response.body.id as string}`, { token: patti })).status).toBe(204);
    }
    const ordinary = await call<ErrorBody>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.securityReader, principalId: contosoIds.group('Engineering'), directoryScopeId: '/' },
    });
    expect(ordinary.status).toBe(400);
    expect(ordinary.body.error.code).toBe('Request_BadRequest');
    expect(ordinary.body.error.message).toMatch(/isAssignableToRole/);
  });

  it("refuses to remove the caller's own Global Administrator assignment", async () => {
    const id = assignmentId(wellKnownRoles.globalAdministrator, personas.megan, '/');
    const { status, body } = await call<ErrorBody>(emulator, 'DELETE', `${assignments}/${id}`, { token: megan });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'Request_BadRequest', message: 'Removing self from Global Administrator built-in role is not allowed' });
    expect((await call(emulator, 'GET', `${assignments}/${id}`, { token: megan })).status).toBe(200);
  });
});

describe('scopedRoleMembers', () => {
  const base = `/v1.0/directory/administrativeUnits/${seattle}/scopedRoleMembers`;

  it('shows the AU-scoped assignments as scopedRoleMemberships', async () => {
    const { status, body } = await call<Collection>(emulator, 'GET', base, { token: patti });
    expect(status).toBe(200);
    expect(body.value).toEqual([
      {
        id: assignmentId(wellKnownRoles.userAdministrator, personas.lee, `/administrativeUnits/${seattle}`),
        administrativeUnitId: seattle,
        roleId: directoryRoleId(emulator.tenantId, wellKnownRoles.userAdministrator),
        roleMemberInfo: { id: personas.lee, displayName: 'Lee Gu', userPrincipalName: 'LeeG@contoso.onmicrosoft.com' },
      },
    ]);
  });

  it('creates through one view and reads and deletes through the other (one table, two views)', async () => {
    const helpdesk = directoryRoleId(emulator.tenantId, wellKnownRoles.helpdeskAdministrator);
    const created = await call<Record<string, unknown>>(emulator, 'POST', base, {
      token: patti,
      body: { roleId: helpdesk, roleMemberInfo: { id: personas.shannon } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      '@odata.context': `${emulator.url}/v1.0/$metadata#scopedRoleMemberships/$entity`,
      id: assignmentId(wellKnownRoles.helpdeskAdministrator, personas.shannon, `/administrativeUnits/${seattle}`),
      administrativeUnitId: seattle,
      roleId: helpdesk,
      roleMemberInfo: { id: personas.shannon, displayName: "Shannon O'Brien", userPrincipalName: 'ShannonO@contoso.onmicrosoft.com' },
    });
    const id = created.body.id as string;
    const viaAssignments = await call<Record<string, unknown>>(emulator, 'GET', `${assignments}/${id}`, { token: patti });
    expect(viaAssignments.body).toMatchObject({ principalId: personas.shannon, roleDefinitionId: wellKnownRoles.helpdeskAdministrator, directoryScopeId: `/administrativeUnits/${seattle}` });
    const viaUnit = await call(emulator, 'GET', `${base}/${id}`, { token: patti });
    expect(viaUnit.status).toBe(200);
    const otherUnit = await call(emulator, 'GET', `/v1.0/administrativeUnits/${london}/scopedRoleMembers/${id}`, { token: patti });
    expect(otherUnit.status).toBe(404);
    const refused = await call<ErrorBody>(emulator, 'POST', base, {
      token: patti,
      body: { roleId: directoryRoleId(emulator.tenantId, wellKnownRoles.exchangeAdministrator), roleMemberInfo: { id: personas.shannon } },
    });
    expect(refused.status).toBe(400);
    expect((await call(emulator, 'DELETE', `${assignments}/${id}`, { token: patti })).status).toBe(204);
    expect((await call(emulator, 'DELETE', `${base}/${id}`, { token: patti })).status).toBe(404);
  });

  it('takes a directoryRole id for roleId: a role definition (template) id is no directoryRole, so 404', async () => {
    const byTemplate = await call<ErrorBody>(emulator, 'POST', base, {
      token: patti,
      body: { roleId: wellKnownRoles.helpdeskAdministrator, roleMemberInfo: { id: personas.shannon } },
    });
    expect(byTemplate.status).toBe(404);
    expect(byTemplate.body.error).toMatchObject({ code: 'Request_ResourceNotFound', message: resourceMissing(wellKnownRoles.helpdeskAdministrator) });
    const filtered = await call<Collection>(emulator, 'GET', `${base}?$filter=roleId eq '${directoryRoleId(emulator.tenantId, wellKnownRoles.userAdministrator)}'`, { token: patti });
    expect(filtered.body.value.map((m) => (m.roleMemberInfo as { id: string }).id)).toEqual([personas.lee]);
    // A custom role has no directoryRole: its AU-scoped assignment shows through roleAssignments only.
    const engineering = contosoIds.administrativeUnit('Engineering Department');
    expect((await call<Collection>(emulator, 'GET', `/v1.0/administrativeUnits/${engineering}/scopedRoleMembers`, { token: patti })).body.value).toEqual([]);
  });

  it('answers 404 for an administrative unit that does not exist', async () => {
    const { status } = await call(emulator, 'GET', `/v1.0/directory/administrativeUnits/${notThere}/scopedRoleMembers`, { token: patti });
    expect(status).toBe(404);
  });
});

describe('directoryAudits', () => {
  it('records role changes newest first, filterable by activity and initiator', async () => {
    await call(emulator, 'POST', assignments, { token: patti, body: { roleDefinitionId: wellKnownRoles.globalReader, principalId: personas.alex, directoryScopeId: '/' } });
    await call(emulator, 'DELETE', `${assignments}/${assignmentId(wellKnownRoles.globalReader, personas.alex, '/')}`, { token: patti });
    const { status, body } = await call<Collection<Record<string, unknown>>>(emulator, 'GET', '/v1.0/auditLogs/directoryAudits?$top=2', { token: megan });
    expect(status).toBe(200);
    expect(body['@odata.nextLink']).toBeDefined();
    const [newest, previous] = body.value;
    expect(newest).toMatchObject({
      category: 'RoleManagement',
      activityDisplayName: 'Remove member from role',
      loggedByService: 'Core Directory',
      result: 'success',
      initiatedBy: { user: { id: personas.patti, displayName: 'Patti Fernandez', userPrincipalName: 'PattiF@contoso.onmicrosoft.com' } },
    });
    expect(previous?.activityDisplayName).toBe('Add member to role');
    const target = (previous?.targetResources as Array<Record<string, unknown>>)[0];
    expect(target).toMatchObject({ id: personas.alex, type: 'User', userPrincipalName: 'AlexW@contoso.onmicrosoft.com' });
    expect(target?.modifiedProperties).toEqual(
      expect.arrayContaining([{ displayName: 'Role.DisplayName', oldValue: null, newValue: '"Global Reader"' }, expect.objectContaining({ displayName: 'Role.TemplateId' })]),
    );
    const scoped = await call<Collection>(emulator, 'GET', "/v1.0/auditLogs/directoryAudits?$filter=activityDisplayName eq 'Add scoped member to role'", { token: megan });
    expect(scoped.body.value.length).toBeGreaterThan(0);
    const byPatti = await call<Collection>(emulator, 'GET', `/v1.0/auditLogs/directoryAudits?$filter=initiatedBy/user/id eq '${personas.patti}' and activityDateTime ge 2020-01-01T00:00:00Z`, {
      token: megan,
    });
    expect(byPatti.body.value.length).toBeGreaterThanOrEqual(4);
    const future = await call<Collection>(emulator, 'GET', '/v1.0/auditLogs/directoryAudits?$filter=activityDateTime ge 2999-01-01T00:00:00Z', { token: megan });
    expect(future.body.value).toEqual([]);
  });

  it('needs AuditLog.Read.All and a role that may read audit logs', async () => {
    const pattiWithScope = await userToken(emulator, personas.patti, ['AuditLog.Read.All']);
    expect((await call(emulator, 'GET', '/v1.0/auditLogs/directoryAudits', { token: pattiWithScope })).status).toBe(403);
    const joni = await userToken(emulator, personas.joni, ['AuditLog.Read.All']);
    expect((await call(emulator, 'GET', '/v1.0/auditLogs/directoryAudits', { token: joni })).status).toBe(200);
    expect((await call(emulator, 'GET', '/v1.0/auditLogs/directoryAudits', { token: patti })).status).toBe(403);
  });
});
