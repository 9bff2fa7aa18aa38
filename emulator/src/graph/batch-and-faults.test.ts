import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { optionsFromEnv, ConfigError } from '../config';
import { wellKnownRoles } from '../seed/catalog';
import { contosoIds } from '../seed/contoso';
import { assignmentId } from '../seed/ids';
import { appToken, call, control, personas, startTestEmulator, userToken, type Collection, type ErrorBody, type TestEmulator } from '../test-support';

let emulator: TestEmulator;
let patti: string;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const setFaults = (settings: unknown) => control(emulator, 'PUT', '/_emulator/faults', { body: settings });

type BatchBody = { responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> }> };
const byId = (body: BatchBody) => Object.fromEntries(body.responses.map((r) => [r.id, r]));

beforeAll(async () => {
  emulator = await startTestEmulator();
  patti = await userToken(emulator, personas.patti);
});
afterAll(async () => emulator?.cleanup());
afterEach(async () => {
  await setFaults({});
});

describe('$batch', () => {
  it('runs each request through the app and answers with per-request status, headers and body', async () => {
    const { status, body } = await call<BatchBody>(emulator, 'POST', '/v1.0/$batch', {
      token: patti,
      body: {
        requests: [
          { id: '1', method: 'GET', url: `/users/${personas.megan}?$select=displayName` },
          { id: '2', method: 'GET', url: `roleManagement/directory/roleDefinitions?$filter=displayName eq 'Global Reader'&$select=id` },
          {
            id: '3',
            method: 'POST',
            url: '/roleManagement/directory/roleAssignments',
            headers: { 'Content-Type': 'application/json' },
            body: { roleDefinitionId: wellKnownRoles.globalReader, principalId: personas.shannon, directoryScopeId: '/' },
          },
          { id: '4', method: 'GET', url: `/users/00000000-0000-4000-8000-000000000009` },
        ],
      },
    });
    expect(status).toBe(200);
    const responses = byId(body);
    expect(responses['1']).toMatchObject({ status: 200, body: { displayName: 'Megan Bowen' } });
    // Graph spells item headers `Content-Type`, and the official client reads bodies only under that spelling (#15).
    expect(responses['1']?.headers['Content-Type']).toMatch(/^application\/json;odata\.metadata=minimal/);
    expect(responses['2']?.body?.value).toEqual([{ id: wellKnownRoles.globalReader }]);
    expect(responses['3']).toMatchObject({ status: 201, body: { principalId: personas.shannon } });
    expect(responses['4']).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
    await call(emulator, 'DELETE', `/v1.0/roleManagement/directory/roleAssignments/${assignmentId(wellKnownRoles.globalReader, personas.shannon, '/')}`, { token: patti });
  });

  it('refuses more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const { status, body } = await call<ErrorBody>(emulator, 'POST', '/v1.0/$batch', { token: patti, body: { requests } });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/20/);
    const twenty = await call<BatchBody>(emulator, 'POST', '/v1.0/$batch', { token: patti, body: { requests: requests.slice(0, 20) } });
    expect(twenty.status).toBe(200);
    expect(twenty.body.responses.every((r) => r.status === 200)).toBe(true);
  });

  it('answers 424 for a request whose dependency failed, and runs one whose dependency succeeded', async () => {
    const { body } = await call<BatchBody>(emulator, 'POST', '/v1.0/$batch', {
      token: patti,
      body: {
        requests: [
          { id: 'a', method: 'GET', url: '/groups/00000000-0000-4000-8000-000000000009' },
          { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
          { id: 'c', method: 'GET', url: '/me' },
          { id: 'd', method: 'GET', url: '/users?$top=1', dependsOn: ['c'] },
          { id: 'e', method: 'GET', url: '/me', dependsOn: ['b'] },
        ],
      },
    });
    const responses = byId(body);
    expect(responses.a?.status).toBe(404);
    expect(responses.b?.status).toBe(424);
    expect(responses.e?.status).toBe(424);
    expect(responses.c?.status).toBe(200);
    expect(responses.d?.status).toBe(200);
    const unknownDependency = await call<ErrorBody>(emulator, 'POST', '/v1.0/$batch', {
      token: patti,
      body: { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] },
    });
    expect(unknownDependency.status).toBe(400);
  });

  it('authorizes each inner request on its own', async () => {
    const alex = await userToken(emulator, personas.alex);
    const { body } = await call<BatchBody>(emulator, 'POST', '/v1.0/$batch', {
      token: alex,
      body: {
        requests: [
          { id: 'read', method: 'GET', url: '/roleManagement/directory/roleAssignments?$top=1' },
          { id: 'write', method: 'POST', url: '/roleManagement/directory/roleAssignments', body: { roleDefinitionId: wellKnownRoles.globalReader, principalId: personas.alex, directoryScopeId: '/' } },
          { id: 'me-app', method: 'GET', url: '/$batch' },
        ],
      },
    });
    const responses = byId(body);
    expect(responses.read?.status).toBe(200);
    expect(responses.write).toMatchObject({ status: 403, body: { error: { code: 'Authorization_RequestDenied' } } });
    expect(responses['me-app']?.status).toBe(400);
    expect((await call(emulator, 'POST', '/v1.0/$batch', { body: { requests: [] } })).status).toBe(401);
  });

  it('throttles inner requests one by one and logs them with the batch id', async () => {
    await control(emulator, 'DELETE', '/_emulator/requests');
    await setFaults({ rateLimit: { requests: 2, windowSeconds: 30 } });
    const { status, body } = await call<BatchBody>(emulator, 'POST', '/v1.0/$batch', {
      token: patti,
      body: { requests: ['1', '2', '3', '4'].map((id) => ({ id, method: 'GET', url: '/me', dependsOn: id === '1' ? [] : [String(Number(id) - 1)] })) },
    });
    expect(status).toBe(200);
    expect(body.responses.map((r) => r.status)).toEqual([200, 200, 429, 424]);
    expect(Number(byId(body)['3']?.headers['Retry-After'])).toBeGreaterThan(0);
    await setFaults({});
    const log = (await control<Array<{ path: string; batchId?: string; status: number; method: string }>>(emulator, 'GET', '/_emulator/requests')).body;
    const outer = log.find((entry) => entry.path === '/v1.0/$batch');
    expect(outer).toMatchObject({ method: 'POST', status: 200 });
    const inner = log.filter((entry) => entry.batchId);
    expect(inner.map((entry) => entry.status)).toEqual([200, 200, 429]);
    expect(inner.every((entry) => entry.path === '/v1.0/me')).toBe(true);
  });
});

describe('faults', () => {
  it('returns 429 with Retry-After, 500 and 503 on Graph paths only', async () => {
    await setFaults({ rate429: 1, retryAfterSeconds: 7 });
    const throttled = await call<ErrorBody>(emulator, 'GET', '/v1.0/me', { token: patti });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(throttled.body.error.code).toBe('TooManyRequests');
    expect((await call(emulator, 'GET', '/_emulator/health')).status).toBe(200);
    const discovery = await fetch(`${emulator.url}/${emulator.tenantId}/v2.0/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    await setFaults({ rate500: 1 });
    expect((await call(emulator, 'GET', '/v1.0/me', { token: patti })).status).toBe(500);
    await setFaults({ rate503: 1 });
    expect((await call(emulator, 'GET', '/v1.0/me', { token: patti })).status).toBe(503);
    await setFaults({ rate500: 1, paths: '^/groups' });
    expect((await call(emulator, 'GET', '/v1.0/me', { token: patti })).status).toBe(200);
    expect((await call(emulator, 'GET', '/v1.0/groups', { token: patti })).status).toBe(500);
  });

  it('adds latency, fixed or in a range', async () => {
    await setFaults({ latencyMs: 300 });
    let started = performance.now();
    await call(emulator, 'GET', '/v1.0/me', { token: patti });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    await setFaults({ latencyMs: [100, 200] });
    started = performance.now();
    await call(emulator, 'GET', '/v1.0/me', { token: patti });
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('rate-limits like Graph: 429 with Retry-After until the window resets, retries too early get 429 again', async () => {
    await setFaults({ rateLimit: { requests: 3, windowSeconds: 1 } });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call(emulator, 'GET', '/v1.0/me', { token: patti })).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await call(emulator, 'GET', '/v1.0/me', { token: patti });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(1);
    expect((await call(emulator, 'GET', '/v1.0/me', { token: patti })).status).toBe(429);
    await sleep(1100);
    expect((await call(emulator, 'GET', '/v1.0/me', { token: patti })).status).toBe(200);
  });

  it('hides a newly created object from GETs for the replication delay', async () => {
    await setFaults({ replicationDelayMs: 600 });
    const created = await call<{ id: string }>(emulator, 'POST', '/v1.0/roleManagement/directory/roleAssignments', {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.securityReader, principalId: personas.alex, directoryScopeId: '/' },
    });
    expect(created.status).toBe(201);
    const path = `/v1.0/roleManagement/directory/roleAssignments/${created.body.id}`;
    const early = await call<ErrorBody>(emulator, 'GET', path, { token: patti });
    expect(early.status).toBe(404);
    expect(early.body.error.code).toBe('Request_ResourceNotFound');
    await sleep(700);
    expect((await call(emulator, 'GET', path, { token: patti })).status).toBe(200);
    expect((await call(emulator, 'DELETE', path, { token: patti })).status).toBe(204);
  });

  it('validates fault settings and reads them back', async () => {
    const bad = await setFaults({ rate429: 2 });
    expect(bad.status).toBe(400);
    await setFaults({ rate429: 0.5, retryAfterSeconds: 3 });
    expect((await control(emulator, 'GET', '/_emulator/faults')).body).toEqual({ rate429: 0.5, retryAfterSeconds: 3 });
  });

  it('reads EMULATOR_FAULTS at start and stops on a bad value', () => {
    expect(optionsFromEnv({ EMULATOR_FAULTS: '{"latencyMs":[10,20],"rate503":0.1}' }).faults).toEqual({ latencyMs: [10, 20], rate503: 0.1 });
    expect(() => optionsFromEnv({ EMULATOR_FAULTS: '{oops' })).toThrow(ConfigError);
    expect(() => optionsFromEnv({ EMULATOR_FAULTS: '{"rate500":7}' })).toThrow(ConfigError);
    expect(() => optionsFromEnv({ EMULATOR_PORT: 'abc' })).toThrow(/EMULATOR_PORT/);
  });
});

describe('admin endpoints', () => {
  it('logs requests with method, path, status, duration and client-request-id, and clears the log', async () => {
    await control(emulator, 'DELETE', '/_emulator/requests');
    await call(emulator, 'GET', '/v1.0/users?$top=2', { token: patti, headers: { 'client-request-id': 'log-test' } });
    const log = (await control<Array<Record<string, unknown>>>(emulator, 'GET', '/_emulator/requests')).body;
    expect(log).toEqual([expect.objectContaining({ method: 'GET', path: '/v1.0/users?$top=2', status: 200, clientRequestId: 'log-test' })]);
    expect(typeof log[0]?.durationMs).toBe('number');
    expect(typeof log[0]?.time).toBe('string');
    expect((await control(emulator, 'DELETE', '/_emulator/requests')).status).toBe(204);
    expect((await control(emulator, 'GET', '/_emulator/requests')).body).toEqual([]);
  });

  it('reseeds in place quickly', async () => {
    const group = await call<{ id: string }>(emulator, 'POST', '/v1.0/groups', {
      token: await userToken(emulator, personas.megan, ['Group.ReadWrite.All']),
      body: { displayName: 'Temporary', mailNickname: 'temp', mailEnabled: false, securityEnabled: true },
    });
    expect(group.status).toBe(201);
    const started = performance.now();
    const reset = await control<{ durationMs: number }>(emulator, 'POST', '/_emulator/reset');
    expect(reset.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3000);
    expect((await call(emulator, 'GET', `/v1.0/groups/${group.body.id}`, { token: patti })).status).toBe(404);
    const groups = await call<Collection>(emulator, 'GET', '/v1.0/groups', { token: patti });
    expect(groups.body.value).toHaveLength(10);
    expect((await call(emulator, 'GET', `/v1.0/groups/${contosoIds.group('Engineering')}`, { token: await appToken(emulator) })).status).toBe(200);
    expect((await control(emulator, 'GET', '/_emulator/health')).body).toMatchObject({ status: 'ok', tenantId: emulator.tenantId });
  });
});
