// $batch is a way in for any signed-in user: its inner requests must reach Graph v1.0 paths only (never the
// control endpoints or sign-in), never another batch, and one HTTP request must stay bounded in the work it causes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxRequestBodyBytes } from '../app';
import { controlTokenHeader } from '../control';
import { innerPath } from './batch';
import { call, control, personas, startTestEmulator, userToken, type ErrorBody, type TestEmulator } from '../test-support';

type BatchBody = { responses: Array<{ id: string; status: number; body?: ErrorBody }> };

let emulator: TestEmulator;
let alex: string; // no admin role at all: the caller who reseeded the tenant through $batch
beforeAll(async () => {
  emulator = await startTestEmulator();
  alex = await userToken(emulator, personas.alex);
});
afterAll(async () => emulator?.cleanup());

const traversals = [
  ['POST', '/../_emulator/reset'],
  ['POST', '../_emulator/reset'],
  ['PUT', '../_emulator/faults'],
  ['POST', '/%2e%2e/_emulator/reset'],
  ['POST', '/%2E%2E/_emulator/reset'],
  ['POST', '/.%2e/_emulator/reset'],
  ['POST', '/%2e./_emulator/reset'],
  ['DELETE', '/users/../../_emulator/requests'],
  ['POST', '/v1.0/../_emulator/reset'],
  ['POST', 'v1.0/../../_emulator/reset'],
  ['POST', '/users/%2e%2e/%2e%2e/_emulator/reset'],
  ['POST', 'https://graph.microsoft.com/v1.0/../_emulator/reset'],
  ['POST', 'https://graph.microsoft.com/_emulator/reset'],
  ['POST', 'http://127.0.0.1:1/_emulator/reset'],
  ['POST', '/..\\_emulator/reset'],
  ['POST', '/.\t./_emulator/reset'],
  ['POST', '/.\n./_emulator/reset'],
  ['GET', '/../_emulator/health'],
  ['POST', '/../d4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f/oauth2/v2.0/token'],
] as const;

const nestedSpellings = [
  '/$batch', '$batch', '%24batch', '/%24batch', '/%24BATCH', '/$BATCH', '/$Batch', 'v1.0/$batch', '/v1.0/$batch', './$batch',
  '/./$batch', '/users/../$batch', '/$batch/', '/$batch//', '/$batch?x=1', '/$batch#top',
  'https://graph.microsoft.com/v1.0/$batch', 'https://graph.microsoft.com/v1.0/%24batch/', '//$batch',
];

const batch = (requests: unknown[], token = alex) => call<BatchBody>(emulator, 'POST', '/v1.0/$batch', { token, body: { requests } });

describe('$batch inner URLs', () => {
  it.each(traversals)('refuse %s %j with a per-item 400, reaching nothing outside /v1.0', async (method, url) => {
    await control(emulator, 'PUT', '/_emulator/faults', { body: { latencyMs: 1 } });
    await call(emulator, 'GET', '/v1.0/me', { token: alex, headers: { 'client-request-id': 'before-the-batch' } });
    const { status, body } = await batch([
      { id: '1', method, url, headers: { [controlTokenHeader]: emulator.controlToken, 'content-type': 'application/json' }, body: { rate500: 1 } },
    ]);
    expect(status).toBe(200);
    expect(body.responses[0]).toMatchObject({ id: '1', status: 400, body: { error: { code: 'BadRequest' } } });
    expect(body.responses[0]?.body?.error.innerError['request-id']).toBeTruthy();
    // Nothing changed: the faults are the ones set above, and the log was neither cleared nor reseeded away.
    expect((await control(emulator, 'GET', '/_emulator/faults')).body).toEqual({ latencyMs: 1 });
    const log = (await control<Array<{ clientRequestId: string | null }>>(emulator, 'GET', '/_emulator/requests')).body;
    expect(log.some((entry) => entry.clientRequestId === 'before-the-batch')).toBe(true);
    await control(emulator, 'PUT', '/_emulator/faults', { body: {} });
  });

  it('still resolve dot segments that stay inside /v1.0', async () => {
    expect(innerPath('/users/../groups?$top=1')).toBe('/v1.0/groups?$top=1');
    expect(innerPath('https://graph.microsoft.com/v1.0/users/./me')).toBe('/v1.0/users/me');
    const { body } = await batch([{ id: '1', method: 'GET', url: `/groups/../users/${personas.alex}?$select=id` }]);
    expect(body.responses[0]).toMatchObject({ status: 200, body: { id: personas.alex } });
  });

  it('answer a control path spelled inside /v1.0, or a doubly encoded $batch, as an unknown Graph segment', async () => {
    const { body } = await batch(['/_emulator/reset', '/%2524batch', '/..%2f_emulator/reset'].map((url, i) => ({ id: String(i), method: 'POST', url })));
    for (const response of body.responses) expect(response).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
  });
});

describe('a batch inside a batch', () => {
  it.each(nestedSpellings)('is refused whatever its spelling: %j', async (url) => {
    const inner = { requests: [{ id: 'a', method: 'GET', url: '/me' }] };
    const { status, body } = await batch([{ id: '1', method: 'POST', url, headers: { 'content-type': 'application/json' }, body: inner }]);
    expect(status).toBe(200);
    expect(body.responses[0]).toMatchObject({ id: '1', status: 400, body: { error: { code: 'BadRequest' } } });
  });

  it('so one HTTP request runs at most 20 leaf requests', async () => {
    await control(emulator, 'DELETE', '/_emulator/requests');
    const leaf = { requests: Array.from({ length: 20 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) };
    const spellings = nestedSpellings.slice(0, 20);
    const { body } = await batch(spellings.map((url, i) => ({ id: String(i), method: 'POST', url, headers: { 'content-type': 'application/json' }, body: leaf })));
    expect(body.responses.map((r) => r.status)).toEqual(spellings.map(() => 400));
    const log = (await control<Array<{ path: string }>>(emulator, 'GET', '/_emulator/requests')).body;
    expect(log.filter((entry) => entry.path === '/v1.0/me')).toHaveLength(0);
    expect(log.length).toBeLessThanOrEqual(21);
  });

  it('refuses more than 20 requests, and a body over the size limit', async () => {
    const many = await batch(Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })));
    expect(many.status).toBe(400);
    expect((many.body as unknown as ErrorBody).error.code).toBe('BadRequest');
    const huge = await call<ErrorBody>(emulator, 'POST', '/v1.0/$batch', {
      token: alex,
      body: JSON.stringify({ requests: [{ id: '1', method: 'POST', url: '/groups', body: { displayName: 'x'.repeat(maxRequestBodyBytes) } }] }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('RequestEntityTooLarge');
  });
});
