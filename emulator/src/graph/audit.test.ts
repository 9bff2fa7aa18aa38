import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contosoIds } from '../seed/contoso';
import { call, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let auditReader: string; // Megan Bowen, Global Administrator, with AuditLog.Read.All
let entry: Record<string, unknown>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  auditReader = await userToken(emulator, personas.megan, ['AuditLog.Read.All']);
  const megan = await userToken(emulator, personas.megan, ['Directory.Read.All', 'Group.ReadWrite.All', 'RoleManagement.ReadWrite.Directory']);
  const added = await call(emulator, 'POST', `/v1.0/groups/${contosoIds.group('Contoso_App_Admins')}/members/$ref`, {
    token: megan,
    body: { '@odata.id': `${emulator.url}/v1.0/directoryObjects/${personas.alex}` },
  });
  expect(added.status).toBe(204);
  const latest = await call<Collection>(emulator, 'GET', '/v1.0/auditLogs/directoryAudits?$top=1', { token: auditReader });
  entry = latest.body.value[0] ?? {};
});
afterAll(async () => emulator?.cleanup());

describe('GET /auditLogs/directoryAudits/{id}', () => {
  it('answers the entry exactly as the list does, as an $entity', async () => {
    expect(entry).toMatchObject({ activityDisplayName: 'Add member to group', category: 'GroupManagement' });
    const one = await call<Record<string, unknown>>(emulator, 'GET', `/v1.0/auditLogs/directoryAudits/${String(entry.id)}`, { token: auditReader });
    expect(one.status).toBe(200);
    const { '@odata.context': context, ...body } = one.body;
    expect(context).toBe(`${emulator.url}/v1.0/$metadata#auditLogs/directoryAudits/$entity`);
    expect(body).toEqual(entry);
    expect(Object.keys(body).sort()).toEqual(
      ['activityDateTime', 'activityDisplayName', 'additionalDetails', 'category', 'correlationId', 'id', 'initiatedBy', 'loggedByService', 'operationType', 'result', 'resultReason', 'targetResources'].sort(),
    );
    expect(body.initiatedBy).toMatchObject({ user: { id: personas.megan, userPrincipalName: 'MeganB@contoso.onmicrosoft.com' }, app: null });
  });

  it("404s an unknown id, a GUID or not, in Graph's error envelope", async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'Directory_ABCDE_12345678', 'not an id']) {
      const missing = await call<ErrorBody>(emulator, 'GET', `/v1.0/auditLogs/directoryAudits/${encodeURIComponent(id)}`, { token: auditReader });
      expect(missing.status, id).toBe(404);
      expect(missing.body.error).toMatchObject({
        code: 'Request_ResourceNotFound',
        message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
        innerError: { 'request-id': expect.any(String), date: expect.any(String) },
      });
    }
  });

  it('refuses a Privileged Role Administrator, who may change roles but not read audit logs', async () => {
    const patti = await userToken(emulator, personas.patti, ['AuditLog.Read.All']);
    const denied = await call<ErrorBody>(emulator, 'GET', `/v1.0/auditLogs/directoryAudits/${String(entry.id)}`, { token: patti });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('Authorization_RequestDenied');
  });
});
