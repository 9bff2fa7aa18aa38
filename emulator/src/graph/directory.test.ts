import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsFromStore } from '../accounts';
import { contosoIds } from '../seed/contoso';
import { call, listAll, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let reader: string; // Isaiah Langer, Global Reader, portal scopes
let megan: string; // Global Administrator with group write scopes
const eventual = { ConsistencyLevel: 'eventual' };

beforeAll(async () => {
  emulator = await startTestEmulator();
  reader = await userToken(emulator, personas.isaiah);
  megan = await userToken(emulator, personas.megan, ['Directory.Read.All', 'Group.ReadWrite.All', 'RoleManagement.ReadWrite.Directory']);
});
afterAll(async () => emulator?.cleanup());

describe('users', () => {
  it('pages through about 60 users, guests included, with the v1.0 default properties', async () => {
    const { items, pages } = await listAll<Record<string, unknown>>(emulator, '/v1.0/users?$top=25', reader);
    expect(items.length).toBe(60);
    expect(pages).toBe(3);
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(
      ['businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName'].sort(),
    );
    const guests = await call<Collection>(emulator, 'GET', "/v1.0/users?$filter=userType eq 'Guest'&$select=userPrincipalName,userType", { token: reader });
    expect(guests.body.value.length).toBe(5);
    expect(guests.body.value[0]?.userPrincipalName).toMatch(/#EXT#@contoso\.onmicrosoft\.com$/);
  });

  it('serves the same page size by default (100) and refuses $top over 999', async () => {
    const page = await call<Collection>(emulator, 'GET', '/v1.0/users', { token: reader });
    expect(page.body.value).toHaveLength(60);
    expect(page.body['@odata.nextLink']).toBeUndefined();
    const tooMany = await call<ErrorBody>(emulator, 'GET', '/v1.0/users?$top=1000', { token: reader });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toBe("Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.");
  });

  it('gets a user by id or userPrincipalName, and 404s an unknown one', async () => {
    const byId = await call<Record<string, unknown>>(emulator, 'GET', `/v1.0/users/${personas.shannon}?$select=displayName,accountEnabled,userType,createdDateTime,department`, { token: reader });
    expect(byId.body).toEqual({
      '@odata.context': `${emulator.url}/v1.0/$metadata#users(displayName,accountEnabled,userType,createdDateTime,department)/$entity`,
      displayName: "Shannon O'Brien",
      accountEnabled: true,
      userType: 'Member',
      createdDateTime: expect.stringMatching(/^2024-\d\d-\d\dT09:00:00Z$/),
      department: 'Customer Support',
    });
    const byUpn = await call<Record<string, unknown>>(emulator, 'GET', '/v1.0/users/meganb@contoso.onmicrosoft.com', { token: reader });
    expect(byUpn.body.id).toBe(personas.megan);
    const missing = await call<ErrorBody>(emulator, 'GET', '/v1.0/users/nobody@contoso.onmicrosoft.com', { token: reader });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('filters with eq, startswith, in and escaped quotes, case-insensitively', async () => {
    const escaped = await call<Collection>(emulator, 'GET', `/v1.0/users?$filter=displayName eq 'shannon o''brien'&$select=id`, { token: reader });
    expect(escaped.body.value).toEqual([{ id: personas.shannon }]);
    const prefix = await call<Collection>(emulator, 'GET', "/v1.0/users?$filter=startswith(displayName,'Meg') or startswith(userPrincipalName,'AlexW')&$select=displayName&$orderby=displayName", { token: reader });
    expect(prefix.body.value.map((u) => u.displayName)).toEqual(['Alex Wilber', 'Megan Bowen']);
    const inList = await call<Collection>(emulator, 'GET', `/v1.0/users?$filter=id in ('${personas.megan}','${personas.patti}')&$select=id`, { token: reader });
    expect(inList.body.value).toHaveLength(2);
    const disabled = await call<Collection>(emulator, 'GET', '/v1.0/users?$filter=accountEnabled eq false&$select=displayName', { token: reader });
    expect(disabled.body.value).toEqual([{ displayName: 'Jordan Miller' }]);
    const wildcard = await call<Collection>(emulator, 'GET', "/v1.0/users?$filter=startswith(displayName,'%')", { token: reader });
    expect(wildcard.body.value).toEqual([]);
    const unknown = await call<ErrorBody>(emulator, 'GET', "/v1.0/users?$filter=shoeSize eq '9'", { token: reader });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.");
    const unsupported = await call<ErrorBody>(emulator, 'GET', "/v1.0/users?$filter=accountEnabled eq 'yes'", { token: reader });
    expect(unsupported.status).toBe(400);
  });

  it('searches with ConsistencyLevel: eventual, counts, and refuses $search without it', async () => {
    const refused = await call<ErrorBody>(emulator, 'GET', '/v1.0/users?$search="displayName:lee"', { token: reader });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('Request_UnsupportedQuery');
    const found = await call<Collection>(emulator, 'GET', '/v1.0/users?$search="displayName:lee" OR "displayName:adele"&$count=true&$select=displayName&$orderby=displayName', {
      token: reader,
      headers: eventual,
    });
    expect(found.body.value.map((u) => u.displayName)).toEqual(['Adele Vance', 'Lee Gu']);
    expect(found.body['@odata.count']).toBe(2);
    const counted = await call<Collection>(emulator, 'GET', '/v1.0/users?$count=true&$top=1', { token: reader, headers: eventual });
    expect(counted.body['@odata.count']).toBe(60);
    // Without the header Graph silently ignores ?$count=true (aad-advanced-queries, "Error handling"); it used to be a 400 here (#15).
    const noHeader = await call<Collection>(emulator, 'GET', '/v1.0/users?$count=true&$top=1', { token: reader });
    expect(noHeader.status).toBe(200);
    expect(noHeader.body['@odata.count']).toBeUndefined();
  });

  it('orders by displayName in both directions across pages', async () => {
    const { items } = await listAll<{ displayName: string }>(emulator, '/v1.0/users?$orderby=displayName desc&$top=7&$select=displayName', reader);
    const names = items.map((u) => u.displayName);
    expect(names).toHaveLength(60);
    expect(names).toEqual([...names].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
  });

  it("lists a user's memberOf with @odata.type, and the type-cast collection with a filter", async () => {
    const all = await call<Collection>(emulator, 'GET', `/v1.0/users/${personas.diego}/memberOf`, { token: reader });
    expect(all.body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#directoryObjects`);
    const types = new Set(all.body.value.map((o) => o['@odata.type']));
    expect(types).toEqual(new Set(['#microsoft.graph.group', '#microsoft.graph.administrativeUnit']));
    const assignable = await call<Collection>(emulator, 'GET', `/v1.0/users/${personas.diego}/memberOf/microsoft.graph.group?$filter=isAssignableToRole eq true&$select=displayName`, {
      token: reader,
    });
    expect(assignable.body.value).toEqual([{ displayName: 'Contoso_Helpdesk_Administrators' }]);
    const me = await call<Record<string, unknown>>(emulator, 'GET', '/v1.0/me', { token: reader });
    expect(me.body).toMatchObject({ id: personas.isaiah, displayName: 'Isaiah Langer' });
    const transitive = await call<Collection>(emulator, 'GET', `/v1.0/users/${contosoIds.user('JohannaL')}/transitiveMemberOf/microsoft.graph.group?$select=displayName`, { token: reader });
    expect(transitive.body.value.map((g) => g.displayName)).toEqual(expect.arrayContaining(['Engineering', 'All Company']));
  });
});

describe('groups', () => {
  it('filters role-assignable groups and Microsoft 365 groups', async () => {
    const assignable = await call<Collection>(emulator, 'GET', '/v1.0/groups?$filter=isAssignableToRole eq true&$select=displayName&$orderby=displayName', { token: reader });
    expect(assignable.body.value.map((g) => g.displayName)).toEqual(['Contoso_App_Admins', 'Contoso_Helpdesk_Administrators', 'Contoso_Security_Readers']);
    const unified = await call<Collection>(emulator, 'GET', "/v1.0/groups?$filter=groupTypes/any(c:c eq 'Unified')&$select=displayName", { token: reader });
    expect(unified.body.value.map((g) => g.displayName).sort()).toEqual(['All Company', 'Legal Team', 'Sales and Marketing']);
    const dynamic = await call<Collection>(emulator, 'GET', `/v1.0/groups/${contosoIds.group('All Guests')}?$select=groupTypes,membershipRule`, { token: reader });
    expect(dynamic.body).toMatchObject({ groupTypes: ['DynamicMembership'], membershipRule: '(user.userType -eq "Guest")' });
  });

  it('lists members with @odata.type and pages them', async () => {
    const { items } = await listAll<Record<string, unknown>>(emulator, `/v1.0/groups/${contosoIds.group('All Company')}/members?$top=10&$select=id,displayName`, reader);
    expect(items.length).toBe(56);
    expect(items.find((m) => m['@odata.type'] === '#microsoft.graph.group')).toMatchObject({ displayName: 'Engineering' });
    const users = await call<Collection>(emulator, 'GET', `/v1.0/groups/${contosoIds.group('Contoso_Helpdesk_Administrators')}/members/microsoft.graph.user?$select=displayName&$orderby=displayName`, {
      token: reader,
    });
    expect(users.body.value.map((u) => u.displayName)).toEqual(['Diego Siciliani', 'Grady Archie', 'Lynne Robbins']);
  });

  it('creates a role-assignable group only with securityEnabled and without dynamic membership', async () => {
    const base = { displayName: 'Tier 0 Admins', mailNickname: 'tier0', mailEnabled: false, isAssignableToRole: true };
    const notSecurity = await call<ErrorBody>(emulator, 'POST', '/v1.0/groups', { token: megan, body: { ...base, securityEnabled: false } });
    expect(notSecurity.status).toBe(400);
    const dynamic = await call<ErrorBody>(emulator, 'POST', '/v1.0/groups', {
      token: megan,
      body: { ...base, securityEnabled: true, groupTypes: ['DynamicMembership'], membershipRule: '(user.department -eq "IT")' },
    });
    expect(dynamic.status).toBe(400);
    const created = await call<Record<string, unknown>>(emulator, 'POST', '/v1.0/groups', { token: megan, body: { ...base, securityEnabled: true } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ '@odata.context': `${emulator.url}/v1.0/$metadata#groups/$entity`, isAssignableToRole: true, securityEnabled: true, displayName: 'Tier 0 Admins' });
    const id = created.body.id as string;
    const patch = await call<ErrorBody>(emulator, 'PATCH', `/v1.0/groups/${id}`, { token: megan, body: { isAssignableToRole: false } });
    expect(patch.status).toBe(400);
    expect((await call(emulator, 'PATCH', `/v1.0/groups/${id}`, { token: megan, body: { description: 'Tier 0' } })).status).toBe(204);
    const missing = await call<ErrorBody>(emulator, 'POST', '/v1.0/groups', { token: megan, body: { displayName: 'No nickname', mailEnabled: false, securityEnabled: true } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("Invalid value specified for property 'mailNickname' of resource 'Group'.");
    expect((await call(emulator, 'DELETE', `/v1.0/groups/${id}`, { token: megan })).status).toBe(204);
    expect((await call(emulator, 'GET', `/v1.0/groups/${id}`, { token: megan })).status).toBe(404);
  });

  it('adds and removes members by $ref, refusing nesting in role-assignable groups and duplicates', async () => {
    const engineering = contosoIds.group('Engineering');
    const helpdesk = contosoIds.group('Contoso_Helpdesk_Administrators');
    const ref = (id: string) => ({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` });
    expect((await call(emulator, 'POST', `/v1.0/groups/${engineering}/members/$ref`, { token: megan, body: ref(personas.alex) })).status).toBe(204);
    const duplicate = await call<ErrorBody>(emulator, 'POST', `/v1.0/groups/${engineering}/members/$ref`, { token: megan, body: ref(personas.alex) });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toBe("One or more added object references already exist for the following modified properties: 'members'.");
    expect((await call(emulator, 'POST', `/v1.0/groups/${engineering}/members/$ref`, { token: megan, body: ref(contosoIds.group('Finance')) })).status).toBe(204);
    const nested = await call<ErrorBody>(emulator, 'POST', `/v1.0/groups/${helpdesk}/members/$ref`, { token: megan, body: ref(engineering) });
    expect(nested.status).toBe(400);
    expect(nested.body.error.message).toBe('Nesting is currently not supported for groups that can be assigned to a role.');
    const ghost = await call<ErrorBody>(emulator, 'POST', `/v1.0/groups/${engineering}/members/$ref`, { token: megan, body: ref('00000000-0000-4000-8000-000000000001') });
    expect(ghost.status).toBe(404);
    const badRef = await call<ErrorBody>(emulator, 'POST', `/v1.0/groups/${engineering}/members/$ref`, { token: megan, body: { '@odata.id': 'nonsense' } });
    expect(badRef.status).toBe(400);
    const dynamic = await call<ErrorBody>(emulator, 'POST', `/v1.0/groups/${contosoIds.group('All Guests')}/members/$ref`, { token: megan, body: ref(personas.alex) });
    expect(dynamic.status).toBe(400);
    expect((await call(emulator, 'DELETE', `/v1.0/groups/${engineering}/members/${personas.alex}/$ref`, { token: megan })).status).toBe(204);
    expect((await call(emulator, 'DELETE', `/v1.0/groups/${engineering}/members/${personas.alex}/$ref`, { token: megan })).status).toBe(404);
    const audits = await call<Collection>(emulator, 'GET', "/v1.0/auditLogs/directoryAudits?$filter=activityDisplayName eq 'Remove member from group'&$top=1", {
      token: await userToken(emulator, personas.megan, ['AuditLog.Read.All']),
    });
    expect(audits.body.value[0]).toMatchObject({ category: 'GroupManagement', targetResources: expect.arrayContaining([expect.objectContaining({ id: personas.alex })]) });
  });
});

describe('administrative units, applications and service principals', () => {
  it('serves AUs under /directory and the /administrativeUnits alias, with members', async () => {
    const units = await call<Collection>(emulator, 'GET', '/v1.0/directory/administrativeUnits?$select=displayName&$orderby=displayName', { token: reader });
    expect(units.body.value.map((u) => u.displayName)).toEqual(['Engineering Department', 'London', 'Seattle']);
    const alias = await call<Collection>(emulator, 'GET', '/v1.0/administrativeUnits', { token: reader });
    expect(alias.body.value).toHaveLength(3);
    const members = await call<Collection>(emulator, 'GET', `/v1.0/directory/administrativeUnits/${contosoIds.administrativeUnit('Engineering Department')}/members`, { token: reader });
    expect(new Set(members.body.value.map((m) => m['@odata.type']))).toEqual(new Set(['#microsoft.graph.user', '#microsoft.graph.group']));
    const seattleUsers = await call<Collection>(
      emulator,
      'GET',
      `/v1.0/administrativeUnits/${contosoIds.administrativeUnit('Seattle')}/members/microsoft.graph.user?$filter=displayName eq 'Alex Wilber'&$select=id`,
      { token: reader },
    );
    expect(seattleUsers.body.value).toEqual([{ id: personas.alex }]);
  });

  it('lists the six app registrations, each with a service principal', async () => {
    const apps = await call<Collection<{ appId: string; displayName: string }>>(emulator, 'GET', '/v1.0/applications?$select=appId,displayName', { token: reader });
    expect(apps.body.value.map((a) => a.displayName).sort()).toEqual(['Contoso Automation', 'Contoso Expenses', 'Contoso HR Portal', 'Contoso Mobile', 'Project Tracker', 'Roles Portal']);
    for (const app of apps.body.value) {
      const sp = await call<Collection>(emulator, 'GET', `/v1.0/servicePrincipals?$filter=appId eq '${app.appId}'&$select=displayName`, { token: reader });
      expect(sp.body.value).toEqual([{ displayName: app.displayName }]);
    }
    const one = await call<Record<string, unknown>>(emulator, 'GET', `/v1.0/applications/${contosoIds.application('Roles Portal')}`, { token: reader });
    expect(one.body).toMatchObject({ appId: '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3', spa: { redirectUris: ['http://localhost:3000/auth/redirect'] } });
  });
});

describe('unknown paths and methods', () => {
  it('answers 404 for an unknown segment and 405 for an unsupported method', async () => {
    const unknown = await call<ErrorBody>(emulator, 'GET', '/v1.0/roleManagement/directory/roleThings', { token: reader });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'Request_ResourceNotFound', message: "Resource not found for the segment 'roleThings'." });
    const method = await call<ErrorBody>(emulator, 'PUT', '/v1.0/users', { token: reader, body: {} });
    expect(method.status).toBe(405);
  });

  it('treats path segments case-insensitively and accepts an encoded $', async () => {
    expect((await call(emulator, 'GET', '/v1.0/Users?$top=1', { token: reader })).status).toBe(200);
    expect((await call(emulator, 'GET', '/v1.0/RoleManagement/Directory/RoleDefinitions?$top=1', { token: reader })).status).toBe(200);
    const batch = await call(emulator, 'POST', '/v1.0/%24batch', { token: reader, body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } });
    expect(batch.status).toBe(200);
    const expand = await call<ErrorBody>(emulator, 'GET', '/v1.0/users?$expand=manager', { token: reader });
    expect(expand.status).toBe(400);
    expect(expand.body.error.message).toBe("Could not find a property named 'manager' on type 'microsoft.graph.user'.");
  });

  it('echoes client-request-id and sends a request-id on every response', async () => {
    const response = await call<ErrorBody>(emulator, 'GET', '/v1.0/nothing', { token: reader, headers: { 'client-request-id': 'abc-123' } });
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.error.innerError['client-request-id']).toBe('abc-123');
  });

  it('answers a write with a body that is not JSON with 400', async () => {
    const { status, body } = await call<ErrorBody>(emulator, 'POST', '/v1.0/groups', { token: megan, body: '{not json' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('BadRequest');
  });
});

describe('accounts for the sign-in picker', () => {
  it('lists role holders first with their tenant roles, direct or through a group', async () => {
    const accounts = accountsFromStore(emulator.store);
    const list = await accounts.listPickerAccounts();
    const byName = new Map(list.map((a) => [a.displayName, a]));
    expect(byName.get('Megan Bowen')?.roles).toEqual(['Global Administrator']);
    expect(byName.get('Diego Siciliani')?.roles).toEqual(['Helpdesk Administrator']);
    expect(byName.get('Alex Wilber')?.roles).toEqual([]);
    expect(byName.has('Jordan Miller')).toBe(false);
    const firstWithout = list.findIndex((a) => a.roles.length === 0);
    expect(list.slice(firstWithout).every((a) => a.roles.length === 0)).toBe(true);
    expect(await accounts.getUser(personas.patti)).toEqual({ id: personas.patti, displayName: 'Patti Fernandez', userPrincipalName: 'PattiF@contoso.onmicrosoft.com' });
    expect(await accounts.getUser('not-a-guid')).toBeNull();
  });
});
