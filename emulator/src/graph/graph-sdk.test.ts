// The way an automation script uses the emulator: the official Microsoft Graph JavaScript SDK with a
// client-credentials token from the emulator's real token endpoint, talking to the https listener.
import { request as httpsRequest } from 'node:https';
import {
  AuthenticationHandler,
  BatchRequestContent,
  BatchResponseContent,
  Client,
  GraphError,
  PageIterator,
  ResponseType,
  RetryHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wellKnownRoles } from '../seed/catalog';
import { clientCredentialsToken, personas, startTestEmulator, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let client: Client;

/** The SDK's last middleware, sending over node:https and trusting only the emulator's self-signed certificate. */
class TrustingHttpsHandler implements Middleware {
  constructor(private readonly ca: string) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = context.options ?? {};
    const headers = new Headers(options.headers as HeadersInit | undefined);
    const body = typeof options.body === 'string' ? options.body : undefined;
    context.response = await new Promise<Response>((resolve, reject) => {
      const outgoing = httpsRequest(url, { method: options.method ?? 'GET', headers: Object.fromEntries(headers), ca: this.ca }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
          const status = incoming.statusCode ?? 500;
          resolve(new Response(status === 204 || chunks.length === 0 ? null : Buffer.concat(chunks), { status, headers: responseHeaders }));
        });
      });
      outgoing.on('error', reject);
      if (body) outgoing.write(body);
      outgoing.end();
    });
  }
}

beforeAll(async () => {
  emulator = await startTestEmulator({ httpsPort: 0 });
  const token = await clientCredentialsToken(emulator);
  const httpsUrl = emulator.httpsUrl as string;
  const authentication = new AuthenticationHandler({ getAccessToken: async () => token });
  const retry = new RetryHandler();
  const transport = new TrustingHttpsHandler(emulator.certificate as string);
  authentication.setNext(retry);
  retry.setNext(transport);
  client = Client.initWithMiddleware({
    baseUrl: `${httpsUrl}/`,
    customHosts: new Set([new URL(httpsUrl).hostname]),
    middleware: authentication,
    defaultVersion: 'v1.0',
  });
});
afterAll(async () => emulator?.cleanup());

describe('@microsoft/microsoft-graph-client against the emulator', () => {
  it('lists role definitions with $filter and $select', async () => {
    const result = (await client
      .api('/roleManagement/directory/roleDefinitions')
      .filter("displayName eq 'Helpdesk Administrator'")
      .select(['id', 'displayName', 'isBuiltIn'])
      .get()) as { value: Array<{ id: string; displayName: string; isBuiltIn: boolean }> };
    expect(result.value).toEqual([{ id: wellKnownRoles.helpdeskAdministrator, displayName: 'Helpdesk Administrator', isBuiltIn: true }]);
  });

  it('follows @odata.nextLink with the PageIterator over https', async () => {
    const firstPage = await client.api('/roleManagement/directory/roleDefinitions').top(40).select('id').get();
    const ids: string[] = [];
    const iterator = new PageIterator(client, firstPage, (item: { id: string }) => {
      ids.push(item.id);
      return true;
    });
    await iterator.iterate();
    expect(ids).toHaveLength(148);
  });

  it('creates and deletes a role assignment, and surfaces Graph errors as GraphError', async () => {
    const created = (await client.api('/roleManagement/directory/roleAssignments').post({
      '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
      roleDefinitionId: wellKnownRoles.helpdeskAdministrator,
      principalId: personas.alex,
      directoryScopeId: '/',
    })) as { id: string; principalId: string };
    expect(created.principalId).toBe(personas.alex);

    const duplicate = await client
      .api('/roleManagement/directory/roleAssignments')
      .post({ roleDefinitionId: wellKnownRoles.helpdeskAdministrator, principalId: personas.alex, directoryScopeId: '/' })
      .catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(GraphError);
    expect(duplicate).toMatchObject({ statusCode: 400, code: 'Request_BadRequest' });

    await client.api(`/roleManagement/directory/roleAssignments/${created.id}`).delete();
    const gone = await client
      .api(`/roleManagement/directory/roleAssignments/${created.id}`)
      .get()
      .catch((error: unknown) => error);
    expect(gone).toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
  });

  it('batches with BatchRequestContent and reads every body with BatchResponseContent', async () => {
    const base = `${emulator.httpsUrl as string}/v1.0`;
    const content = new BatchRequestContent([
      { id: 'user', request: new Request(`${base}/users/${personas.megan}?$select=displayName`, { method: 'GET' }) },
      {
        id: 'assign',
        request: new Request(`${base}/roleManagement/directory/roleAssignments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ roleDefinitionId: wellKnownRoles.globalReader, principalId: personas.lee, directoryScopeId: '/' }),
        }),
      },
      { id: 'missing', request: new Request(`${base}/users/00000000-0000-4000-8000-000000000009`, { method: 'GET' }) },
    ]);
    const responses = new BatchResponseContent(await client.api('/$batch').post(await content.getContent()));
    expect(await responses.getResponseById('user').json()).toMatchObject({ displayName: 'Megan Bowen' });
    const assign = responses.getResponseById('assign');
    expect(assign.status).toBe(201);
    const created = (await assign.json()) as { id: string; principalId: string };
    expect(created.principalId).toBe(personas.lee);
    expect(assign.headers.get('Location')).toMatch(new RegExp(`/v1\\.0/roleManagement/directory/roleAssignments/${created.id}$`));
    const missing = responses.getResponseById('missing');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('Request_ResourceNotFound');
    // The client allows only parallel, serial or same-dependency batches: a serial one whose first step fails.
    const serial = new BatchRequestContent([
      { id: 'missing', request: new Request(`${base}/users/00000000-0000-4000-8000-000000000009`, { method: 'GET' }) },
      { id: 'after-missing', request: new Request(`${base}/roleManagement/directory/roleDefinitions?$top=1`, { method: 'GET' }), dependsOn: ['missing'] },
    ]);
    const serialResponses = new BatchResponseContent(await client.api('/$batch').post(await serial.getContent()));
    expect(serialResponses.getResponseById('after-missing').status).toBe(424);
    await client.api(`/roleManagement/directory/roleAssignments/${created.id}`).delete();
  });

  it('counts with /$count and with .count(true), both with ConsistencyLevel: eventual', async () => {
    const raw = (await client.api('/users/$count').header('ConsistencyLevel', 'eventual').get()) as unknown;
    expect(Number(raw)).toBe(60);
    const listed = (await client.api('/groups').header('ConsistencyLevel', 'eventual').count(true).top(1).get()) as { '@odata.count': number };
    expect(Number(await client.api('/groups/$count').header('ConsistencyLevel', 'eventual').get())).toBe(listed['@odata.count']);
    const refused = await client.api('/users/$count').get().catch((error: unknown) => error);
    expect(refused).toMatchObject({ statusCode: 400, code: 'Request_BadRequest', message: '$count is not currently supported.' });
  });

  it('reads the Location and OData headers of a create from the raw response', async () => {
    const response = (await client
      .api('/roleManagement/directory/roleAssignments')
      .responseType(ResponseType.RAW)
      .post({ roleDefinitionId: wellKnownRoles.globalReader, principalId: personas.diego, directoryScopeId: '/' })) as Response;
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string };
    expect(response.headers.get('Location')).toBe(`${emulator.httpsUrl as string}/v1.0/roleManagement/directory/roleAssignments/${created.id}`);
    expect(response.headers.get('OData-Version')).toBe('4.0');
    await client.api(`/roleManagement/directory/roleAssignments/${created.id}`).delete();
  });
});
