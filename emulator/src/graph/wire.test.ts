// What a Graph client sees on the wire besides the JSON: headers, raw counts, Location, and the bad requests Graph
// refuses before it runs anything (issue #15).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wellKnownRoles } from '../seed/catalog';
import { assignmentId } from '../seed/ids';
import { call, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let reader: string;
let patti: string;
const eventual = { ConsistencyLevel: 'eventual' };
const graphContentType = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

type BatchBody = { responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> }> };

beforeAll(async () => {
  emulator = await startTestEmulator();
  reader = await userToken(emulator, personas.isaiah);
  patti = await userToken(emulator, personas.patti);
});
afterAll(async () => emulator?.cleanup());

/** A raw GET, so the test sees the text and the headers exactly as sent. */
async function raw(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${emulator.url}${path}`, { headers: { Authorization: `Bearer ${reader}`, ...headers } });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('response headers', () => {
  it("answers JSON with Graph's Content-Type parameters and OData-Version 4.0", async () => {
    const list = await call(emulator, 'GET', '/v1.0/users?$top=1', { token: reader });
    expect(list.headers.get('content-type')).toBe(graphContentType);
    expect(list.headers.get('odata-version')).toBe('4.0');
    const one = await call(emulator, 'GET', `/v1.0/users/${personas.megan}`, { token: reader });
    expect(one.headers.get('content-type')).toBe(graphContentType);
    expect(one.headers.get('odata-version')).toBe('4.0');
  });

  it('gives a created role assignment a Location that reads it back', async () => {
    const created = await call<{ id: string }>(emulator, 'POST', '/v1.0/roleManagement/directory/roleAssignments', {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.globalReader, principalId: personas.adele, directoryScopeId: '/' },
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location');
    expect(location).toBe(`${emulator.url}/v1.0/roleManagement/directory/roleAssignments/${created.body.id}`);
    const read = await fetch(location as string, { headers: { Authorization: `Bearer ${patti}` } });
    expect(read.status).toBe(200);
    await call(emulator, 'DELETE', `/v1.0/roleManagement/directory/roleAssignments/${assignmentId(wellKnownRoles.globalReader, personas.adele, '/')}`, { token: patti });
  });

  it('gives a created group a Location under /groups', async () => {
    const groupsAdmin = await userToken(emulator, personas.megan, ['Group.ReadWrite.All']);
    const created = await call<{ id: string }>(emulator, 'POST', '/v1.0/groups', {
      token: groupsAdmin,
      body: { displayName: 'Wire test', mailNickname: 'wiretest', mailEnabled: false, securityEnabled: true },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${emulator.url}/v1.0/groups/${created.body.id}`);
    await call(emulator, 'DELETE', `/v1.0/groups/${created.body.id}`, { token: groupsAdmin });
  });
});

describe('$count', () => {
  const collections = ['users', 'groups', 'servicePrincipals', 'applications', 'administrativeUnits', 'directory/administrativeUnits'];

  it.each(collections)('answers /%s/$count as text/plain with ConsistencyLevel: eventual', async (name) => {
    const counted = await raw(`/v1.0/${name}/$count`, eventual);
    expect(counted.status).toBe(200);
    expect(counted.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(counted.text).toMatch(/^\d+$/);
    const listed = await call<Collection>(emulator, 'GET', `/v1.0/${name}?$count=true&$top=1`, { token: reader, headers: eventual });
    expect(Number(counted.text)).toBe(listed.body['@odata.count']);
  });

  it.each(collections)('refuses /%s/$count without ConsistencyLevel: eventual', async (name) => {
    const refused = await call<ErrorBody>(emulator, 'GET', `/v1.0/${name}/$count`, { token: reader });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'Request_BadRequest', message: '$count is not currently supported.' });
  });

  it('counts what $filter and $search match', async () => {
    const assignable = await raw('/v1.0/groups/$count?$filter=isAssignableToRole eq true', eventual);
    const listed = await call<Collection>(emulator, 'GET', '/v1.0/groups?$filter=isAssignableToRole eq true&$count=true', { token: reader, headers: eventual });
    expect(Number(assignable.text)).toBe(listed.body.value.length);
    const searched = await raw('/v1.0/users/$count?$search="displayName:lee"', eventual);
    expect(searched.text).toBe('1');
  });

  it('ignores ?$count=true without the header, as Graph documents', async () => {
    const groups = await call<Collection>(emulator, 'GET', '/v1.0/groups?$count=true&$top=2', { token: reader });
    expect(groups.status).toBe(200);
    expect(groups.body['@odata.count']).toBeUndefined();
    expect(groups.body.value).toHaveLength(2);
    const members = await call<Collection>(emulator, 'GET', `/v1.0/users/${personas.diego}/memberOf?$count=true`, { token: reader });
    expect(members.status).toBe(200);
    expect(members.body['@odata.count']).toBeUndefined();
  });
});

describe('$batch envelope', () => {
  const batch = (body: unknown, contentType = 'application/json') =>
    fetch(`${emulator.url}/v1.0/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${reader}`, 'Content-Type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const oneGet = { requests: [{ id: '1', method: 'GET', url: '/me' }] };

  it('refuses a batch sent as text/plain', async () => {
    const response = await batch(oneGet, 'text/plain;charset=UTF-8');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.code).toBe('BadRequest');
    expect((await batch(oneGet, 'application/json; charset=utf-8')).status).toBe(200);
  });

  it('refuses an empty request list', async () => {
    const response = await batch({ requests: [] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error).toMatchObject({ code: 'BadRequest', message: 'Invalid batch payload format.' });
  });

  it('refuses an inner URL on another host, and runs one on graph.microsoft.com or its own origin', async () => {
    const response = await batch({
      requests: [
        { id: 'other', method: 'GET', url: 'https://evil.example/v1.0/me' },
        { id: 'graph', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' },
        { id: 'own', method: 'GET', url: `${emulator.url}/v1.0/me` },
      ],
    });
    const body = (await response.json()) as BatchBody;
    const byId = Object.fromEntries(body.responses.map((r) => [r.id, r]));
    expect(byId.other).toMatchObject({ status: 400, body: { error: { code: 'BadRequest' } } });
    expect(byId.graph?.status).toBe(200);
    expect(byId.own?.status).toBe(200);
  });

  it("spells item headers as Graph does and answers a failed dependency's dependants 424", async () => {
    const response = await batch({
      requests: [
        { id: '1', method: 'GET', url: '/users/00000000-0000-4000-8000-000000000009' },
        { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
        { id: '3', method: 'GET', url: '/me?$select=displayName' },
        { id: '4', method: 'GET', url: '/users/$count', headers: { ConsistencyLevel: 'eventual' } },
      ],
    });
    expect(response.headers.get('content-type')).toBe(graphContentType);
    const body = (await response.json()) as BatchBody;
    const byId = Object.fromEntries(body.responses.map((r) => [r.id, r]));
    expect(byId['1']?.status).toBe(404);
    expect(byId['2']).toMatchObject({ status: 424, body: { error: { code: 'FailedDependency' } } });
    expect(byId['3']?.headers).toMatchObject({ 'Content-Type': graphContentType, 'OData-Version': '4.0' });
    expect(Object.keys(byId['3']?.headers ?? {})).not.toContain('content-type');
    expect(byId['4']?.body).toBe('60');
  });
});

describe('property limits', () => {
  const group = { displayName: 'Limits', mailNickname: 'limits', mailEnabled: false, securityEnabled: true };

  it.each([
    ['displayName', 257],
    ['displayName', 100_000],
    ['mailNickname', 65],
    ['description', 1025],
  ])('refuses a group whose %s has %i characters', async (property, length) => {
    const groupsAdmin = await userToken(emulator, personas.megan, ['Group.ReadWrite.All']);
    const refused = await call<ErrorBody>(emulator, 'POST', '/v1.0/groups', { token: groupsAdmin, body: { ...group, [property]: 'a'.repeat(length) } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'Request_BadRequest', message: `Invalid value specified for property '${property}' of resource 'Group'.` });
    const found = await call<Collection>(emulator, 'GET', `/v1.0/groups?$filter=mailNickname eq '${group.mailNickname}'`, { token: reader });
    expect(found.body.value).toEqual([]);
  });

  it('takes values at the limits, and refuses a PATCH past them', async () => {
    const groupsAdmin = await userToken(emulator, personas.megan, ['Group.ReadWrite.All']);
    const created = await call<{ id: string }>(emulator, 'POST', '/v1.0/groups', {
      token: groupsAdmin,
      body: { ...group, displayName: 'd'.repeat(256), mailNickname: 'm'.repeat(64), description: 'x'.repeat(1024) },
    });
    expect(created.status).toBe(201);
    const patched = await call<ErrorBody>(emulator, 'PATCH', `/v1.0/groups/${created.body.id}`, { token: groupsAdmin, body: { displayName: 'd'.repeat(257) } });
    expect(patched.status).toBe(400);
    await call(emulator, 'DELETE', `/v1.0/groups/${created.body.id}`, { token: groupsAdmin });
  });
});
