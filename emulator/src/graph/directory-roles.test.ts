// /directoryRoles: the activated built-in roles, as Graph lists them (learn: directoryrole-list, -get, -list-members).
import { PGlite } from '@electric-sql/pglite';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { AuthenticationHandler, Client, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wellKnownRoles } from '../seed/catalog';
import { contosoIds } from '../seed/contoso';
import { directoryRoleId } from '../store/directory-roles';
import { upgrades } from '../store/schema';
import { appToken, call, control, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

type DirectoryRole = { id: string; deletedDateTime: null; description: string; displayName: string; roleTemplateId: string };

let emulator: TestEmulator;
let patti: string; // Privileged Role Administrator
let reader: string; // Global Reader
const assignments = '/v1.0/roleManagement/directory/roleAssignments';
const roleId = (template: string) => directoryRoleId(emulator.tenantId, template);

// The seed's built-in roles with at least one assignment, at any scope: Entra activates a role when it is assigned.
const seededActive = [
  wellKnownRoles.globalAdministrator,
  wellKnownRoles.privilegedRoleAdministrator,
  wellKnownRoles.globalReader,
  wellKnownRoles.helpdeskAdministrator,
  wellKnownRoles.userAdministrator,
  wellKnownRoles.directoryReaders,
];

/**
 * The SDK's last middleware, over node:https trusting the emulator's certificate. The SDK's AuthenticationHandler
 * attaches the token to https URLs only, so the official client talks to the https listener.
 */
class TrustingHttpsHandler implements Middleware {
  constructor(private readonly ca: string) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const headers = Object.fromEntries(new Headers(context.options?.headers as HeadersInit | undefined));
    context.response = await new Promise<Response>((resolve, reject) => {
      const outgoing = httpsRequest(url, { method: context.options?.method ?? 'GET', headers, ca: this.ca }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
          resolve(new Response(chunks.length === 0 ? null : Buffer.concat(chunks), { status: incoming.statusCode ?? 500, headers: responseHeaders }));
        });
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  }
}

beforeAll(async () => {
  emulator = await startTestEmulator({ httpsPort: 0 });
  patti = await userToken(emulator, personas.patti);
  reader = await userToken(emulator, personas.isaiah);
});
afterAll(async () => emulator?.cleanup());

describe('directoryRoles', () => {
  it('lists the activated built-in roles, each with an id of its own and its template id', async () => {
    const { status, body } = await call<Collection<DirectoryRole>>(emulator, 'GET', '/v1.0/directoryRoles', { token: reader });
    expect(status).toBe(200);
    expect(body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#directoryRoles`);
    expect(body['@odata.nextLink']).toBeUndefined();
    expect(body.value).toHaveLength(15); // 14 + Reports Reader, held by the PIM seed's time-bound assignment
    expect(body.value.map((r) => r.roleTemplateId)).toEqual(expect.arrayContaining(seededActive));
    expect(body.value.every((r) => r.id !== r.roleTemplateId && r.id === roleId(r.roleTemplateId))).toBe(true);
    expect(body.value.find((r) => r.roleTemplateId === wellKnownRoles.globalAdministrator)).toEqual({
      id: roleId(wellKnownRoles.globalAdministrator),
      deletedDateTime: null,
      description: expect.any(String),
      displayName: 'Global Administrator',
      roleTemplateId: wellKnownRoles.globalAdministrator,
    });
    // Never assigned: not activated. Custom roles never have a directoryRole.
    expect(body.value.map((r) => r.roleTemplateId)).not.toContain(wellKnownRoles.groupsAdministrator);
    expect(body.value.map((r) => r.displayName)).not.toContain('Contoso Audit Reader');
  });

  it('filters on roleTemplateId and selects', async () => {
    const { body } = await call<Collection>(
      emulator,
      'GET',
      `/v1.0/directoryRoles?$filter=roleTemplateId eq '${wellKnownRoles.helpdeskAdministrator}'&$select=id,displayName`,
      { token: reader },
    );
    expect(body.value).toEqual([{ id: roleId(wellKnownRoles.helpdeskAdministrator), displayName: 'Helpdesk Administrator' }]);
    expect(body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#directoryRoles(id,displayName)`);
    const none = await call<Collection>(emulator, 'GET', `/v1.0/directoryRoles?$filter=roleTemplateId eq '${wellKnownRoles.groupsAdministrator}'`, { token: reader });
    expect(none.body.value).toEqual([]);
    const bad = await call<ErrorBody>(emulator, 'GET', "/v1.0/directoryRoles?$filter=roleTemplateId eq 'nope'", { token: reader });
    expect(bad.status).toBe(400);
  });

  it('gets a role by its id or by the roleTemplateId alternate key, and a template id is not its id', async () => {
    const ga = roleId(wellKnownRoles.globalAdministrator);
    const byId = await call<Record<string, unknown>>(emulator, 'GET', `/v1.0/directoryRoles/${ga}`, { token: reader });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ '@odata.context': `${emulator.url}/v1.0/$metadata#directoryRoles/$entity`, id: ga, displayName: 'Global Administrator' });
    const byKey = await call<Record<string, unknown>>(emulator, 'GET', `/v1.0/directoryRoles(roleTemplateId='${wellKnownRoles.globalAdministrator}')`, { token: reader });
    expect(byKey.status).toBe(200);
    expect(byKey.body).toEqual(byId.body);
    const selected = await call<Record<string, unknown>>(emulator, 'GET', `/v1.0/directoryRoles/${ga}?$select=roleTemplateId`, { token: reader });
    expect(selected.body).toEqual({ '@odata.context': `${emulator.url}/v1.0/$metadata#directoryRoles(roleTemplateId)/$entity`, roleTemplateId: wellKnownRoles.globalAdministrator });

    const template = await call<ErrorBody>(emulator, 'GET', `/v1.0/directoryRoles/${wellKnownRoles.globalAdministrator}`, { token: reader });
    expect(template.status).toBe(404);
    expect(template.body.error.code).toBe('Request_ResourceNotFound');
    const notActivated = await call<ErrorBody>(emulator, 'GET', `/v1.0/directoryRoles(roleTemplateId='${wellKnownRoles.groupsAdministrator}')`, { token: reader });
    expect(notActivated.status).toBe(404);
    expect((await call(emulator, 'GET', '/v1.0/directoryRoles/not-a-guid', { token: reader })).status).toBe(400);
    expect((await call(emulator, 'GET', "/v1.0/directoryRoles(roleTemplateId='not-a-guid')", { token: reader })).status).toBe(400);
  });

  it('lists the tenant-scope holders as members: users, role-assignable groups and service principals', async () => {
    const ga = await call<Collection>(emulator, 'GET', `/v1.0/directoryRoles/${roleId(wellKnownRoles.globalAdministrator)}/members?$select=id,displayName`, {
      token: reader,
    });
    expect(ga.status).toBe(200);
    expect(ga.body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#directoryObjects(id,displayName)`);
    expect(ga.body.value.map((m) => m.id).sort()).toEqual([personas.megan, personas.modAdmin].sort());
    expect(ga.body.value[0]?.['@odata.type']).toBe('#microsoft.graph.user');

    // Helpdesk is held by a group at tenant scope and by Ravi in London only: the AU-scoped holder is no member.
    const helpdesk = await call<Collection>(emulator, 'GET', `/v1.0/directoryRoles(roleTemplateId='${wellKnownRoles.helpdeskAdministrator}')/members`, { token: reader });
    expect(helpdesk.status).toBe(200);
    expect(helpdesk.body.value).toEqual([
      expect.objectContaining({ '@odata.type': '#microsoft.graph.group', id: contosoIds.group('Contoso_Helpdesk_Administrators') }),
    ]);
    const readers = await call<Collection>(emulator, 'GET', `/v1.0/directoryRoles/${roleId(wellKnownRoles.directoryReaders)}/members`, { token: reader });
    expect(readers.body.value).toEqual([expect.objectContaining({ '@odata.type': '#microsoft.graph.servicePrincipal', displayName: 'Contoso HR Portal' })]);
    const userAdmins = await call<Collection>(emulator, 'GET', `/v1.0/directoryRoles/${roleId(wellKnownRoles.userAdministrator)}/members`, { token: reader });
    expect(userAdmins.body.value).toEqual([]);

    expect((await call(emulator, 'GET', `/v1.0/directoryRoles/${wellKnownRoles.globalAdministrator}/members`, { token: reader })).status).toBe(404);
    expect((await call(emulator, 'GET', `/v1.0/directoryRoles/${roleId(wellKnownRoles.globalAdministrator)}/members?$select=nope`, { token: reader })).status).toBe(400);
  });

  it('expands members on the list', async () => {
    const { body } = await call<Collection<DirectoryRole & { members: Array<Record<string, unknown>> }>>(
      emulator,
      'GET',
      `/v1.0/directoryRoles?$filter=roleTemplateId eq '${wellKnownRoles.privilegedRoleAdministrator}'&$expand=members`,
      { token: reader },
    );
    expect(body['@odata.context']).toBe(`${emulator.url}/v1.0/$metadata#directoryRoles(members())`);
    expect(body.value[0]?.members.map((m) => m.id)).toEqual([personas.patti]);
  });

  it("activates a role on its first assignment, keeps it after its last one goes, and keeps its id across a reseed", async () => {
    const listed = async () =>
      (await call<Collection<DirectoryRole>>(emulator, 'GET', '/v1.0/directoryRoles', { token: reader })).body.value.map((r) => r.roleTemplateId);
    expect(await listed()).not.toContain(wellKnownRoles.groupsAdministrator);
    const created = await call<{ id: string }>(emulator, 'POST', assignments, {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.groupsAdministrator, principalId: personas.alex, directoryScopeId: '/' },
    });
    expect(created.status).toBe(201);
    expect(await listed()).toContain(wellKnownRoles.groupsAdministrator);
    const groupsAdmin = roleId(wellKnownRoles.groupsAdministrator);
    const members = await call<Collection>(emulator, 'GET', `/v1.0/directoryRoles/${groupsAdmin}/members`, { token: reader });
    expect(members.body.value.map((m) => m.id)).toEqual([personas.alex]);

    expect((await call(emulator, 'DELETE', `${assignments}/${created.body.id}`, { token: patti })).status).toBe(204);
    expect(await listed()).toContain(wellKnownRoles.groupsAdministrator);
    expect((await call<Collection>(emulator, 'GET', `/v1.0/directoryRoles/${groupsAdmin}/members`, { token: reader })).body.value).toEqual([]);

    expect((await control(emulator, 'POST', '/_emulator/reset')).status).toBe(200);
    expect(await listed()).not.toContain(wellKnownRoles.groupsAdministrator);
    expect((await call(emulator, 'GET', `/v1.0/directoryRoles/${roleId(wellKnownRoles.globalAdministrator)}`, { token: reader })).status).toBe(200);
  });

  it('needs a role-management or directory read permission', async () => {
    expect((await call(emulator, 'GET', '/v1.0/directoryRoles', { token: await appToken(emulator, ['User.Read.All']) })).status).toBe(403);
    expect((await call(emulator, 'GET', '/v1.0/directoryRoles', { token: await appToken(emulator, ['RoleManagement.Read.Directory']) })).status).toBe(200);
    expect((await call(emulator, 'GET', '/v1.0/directoryRoles', { token: await appToken(emulator) })).status).toBe(200);
    const members = `/v1.0/directoryRoles/${roleId(wellKnownRoles.globalAdministrator)}/members`;
    expect((await call(emulator, 'GET', members, { token: await userToken(emulator, personas.alex, ['User.Read']) })).status).toBe(403);
    expect((await call(emulator, 'GET', '/v1.0/directoryRoles')).status).toBe(401);
  });

  it('is read by the official @microsoft/microsoft-graph-client as its documentation shows', async () => {
    const token = await appToken(emulator);
    const httpsUrl = emulator.httpsUrl as string;
    const authentication = new AuthenticationHandler({ getAccessToken: async () => token });
    authentication.setNext(new TrustingHttpsHandler(emulator.certificate as string));
    const client = Client.initWithMiddleware({
      baseUrl: `${httpsUrl}/`,
      customHosts: new Set([new URL(httpsUrl).hostname]),
      middleware: authentication,
      defaultVersion: 'v1.0',
    });
    const roles = (await client.api('/directoryRoles').filter(`roleTemplateId eq '${wellKnownRoles.globalAdministrator}'`).get()) as { value: DirectoryRole[] };
    expect(roles.value.map((r) => r.id)).toEqual([roleId(wellKnownRoles.globalAdministrator)]);
    const members = (await client.api(`/directoryRoles(roleTemplateId='${wellKnownRoles.globalAdministrator}')/members`).select(['id', 'displayName']).get()) as {
      value: Array<{ id: string; displayName: string }>;
    };
    expect(members.value.map((m) => m.displayName).sort()).toEqual(['MOD Administrator', 'Megan Bowen']);
    const missing = await client
      .api(`/directoryRoles/${wellKnownRoles.globalAdministrator}`)
      .get()
      .catch((error: unknown) => error);
    expect(missing).toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
  });
});

describe('a data dir from before directory roles were stored', () => {
  it('is upgraded in place on start, keeping its tenant, with its assigned roles active', async () => {
    const kept = await startTestEmulator();
    let reopened: TestEmulator | undefined;
    try {
      const meganGroups = await userToken(kept, personas.megan, ['Group.ReadWrite.All']);
      const group = await call<{ id: string }>(kept, 'POST', '/v1.0/groups', {
        token: meganGroups,
        body: { displayName: 'Kept across the upgrade', mailNickname: 'kept', mailEnabled: false, securityEnabled: true },
      });
      expect(group.status).toBe(201);
      await kept.stop();
      // Put the data dir back into the first layout: no directory_roles table, the first layout's version.
      const [firstLayout] = [...upgrades.keys()];
      const db = await PGlite.create({ dataDir: path.join(kept.dataDir, 'pglite') });
      await db.exec('drop table directory_roles');
      await db.query(`update meta set value = $1 where key = 'schemaVersion'`, [firstLayout]);
      await db.close();

      reopened = await startTestEmulator({ dataDir: kept.dataDir, reset: false });
      const token = await userToken(reopened, personas.isaiah);
      expect((await call(reopened, 'GET', `/v1.0/groups/${group.body.id}`, { token })).status).toBe(200);
      const roles = await call<Collection<DirectoryRole>>(reopened, 'GET', '/v1.0/directoryRoles', { token });
      expect(roles.body.value).toHaveLength(15);
    } finally {
      await (reopened ?? kept).cleanup();
    }
  });
});
