// Retry and timeout arithmetic with a scripted fetch: how many attempts, how long, which error. Everything a
// Graph client would notice about behaviour is tested against the emulator in the other files.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createGraphClient, type GraphLogEntry } from './client';
import { GraphError, toUserMessage } from './errors';

const token = 'eyJ.secret-token.sig';

function scripted(responses: Array<() => Response | Promise<Response>>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchImpl: typeof fetch = async (input, init = {}) => {
    calls.push({ url: String(input), init });
    const next = responses[Math.min(calls.length - 1, responses.length - 1)];
    if (!next) throw new Error('no scripted response');
    return next();
  };
  return { calls, fetchImpl };
}

const throttled = (retryAfter: string) => () =>
  new Response(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests' } }), {
    status: 429,
    headers: { 'Retry-After': retryAfter, 'request-id': 'graph-request-1' },
  });

describe('retry timing', () => {
  it('fails at once with retryAfterSeconds when Retry-After exceeds the remaining budget', async () => {
    const { calls, fetchImpl } = scripted([throttled('60')]);
    const graph = createGraphClient({ baseUrl: 'http://graph.test/v1.0', accessToken: token, fetchImpl, logger: () => {} });
    const started = Date.now();
    const error = await graph.get('/me', z.unknown()).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(500);
    expect(calls).toHaveLength(1);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 60, requestId: 'graph-request-1' });
    expect(toUserMessage(error)).toEqual({
      message: 'Microsoft Graph is throttling requests. Wait 60 seconds and try again.',
      requestId: 'graph-request-1',
      supportText: 'Request ID: graph-request-1',
      retryAfterSeconds: 60,
    });
  });

  it('gives up after three retries when a read keeps timing out', async () => {
    // Never answers; only the client's AbortSignal ends it.
    const fetchImpl: typeof fetch = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    let calls = 0;
    const graph = createGraphClient({
      baseUrl: 'http://graph.test/v1.0',
      accessToken: token,
      fetchImpl: (input, init) => {
        calls++;
        return fetchImpl(input, init);
      },
      logger: () => {},
      timeoutMs: 30,
      retry: { baseDelayMs: 1 },
    });
    const error = await graph.get('/users', z.unknown()).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toMatchObject({ status: 0, code: 'Timeout' });
    expect(toUserMessage(error).message).toBe('Microsoft Graph failed; nothing was changed. Try again in a moment.');
  });

  it('does not repeat a create after a network failure', async () => {
    const { calls, fetchImpl } = scripted([
      () => {
        throw new TypeError('fetch failed');
      },
    ]);
    const graph = createGraphClient({ baseUrl: 'http://graph.test/v1.0', accessToken: token, fetchImpl, logger: () => {}, retry: { baseDelayMs: 1 } });
    const error = await graph.post('/groups', { displayName: 'x' }, z.unknown()).catch((e: unknown) => e);
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ status: 0, code: 'NetworkError' });
  });

  it('waits Retry-After between attempts and logs one line per attempt without the token', async () => {
    const { calls, fetchImpl } = scripted([
      throttled('0.05'),
      () => new Response(JSON.stringify({ id: 'ok' }), { status: 200, headers: { 'request-id': 'graph-request-2' } }),
    ]);
    const log: GraphLogEntry[] = [];
    const graph = createGraphClient({ baseUrl: 'http://graph.test/v1.0', accessToken: token, fetchImpl, logger: (e) => log.push(e) });
    const started = Date.now();
    await expect(graph.get("/users?$search=%22displayName%3AO'Brien%22&$top=5", z.object({ id: z.string() }))).resolves.toEqual({ id: 'ok' });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(45);
    expect(waited).toBeLessThan(900);
    expect(calls).toHaveLength(2);
    const ids = calls.map((call) => new Headers(call.init.headers).get('client-request-id'));
    expect(new Set(ids).size).toBe(2);
    expect(log.map((entry) => [entry.status, entry.path, entry.attempt])).toEqual([
      [429, '/users?$search&$top', 0],
      [200, '/users?$search&$top', 1],
    ]);
    expect(JSON.stringify(log)).not.toContain('secret-token');
    expect(JSON.stringify(log)).not.toContain('Brien');
  });
});

describe('a create whose outcome is unknown', () => {
  const assignment = {
    id: 'lAPpYvVpN0KRkAEhdxReEMmO4KwRqtpKkUWt3wOYIz4-1',
    roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10',
    principalId: 'ace08ec9-0e0b-4a3f-9e58-5c9f5f0e1d2a',
    directoryScopeId: '/',
  };
  const input = { roleDefinitionId: assignment.roleDefinitionId, principalId: assignment.principalId, directoryScopeId: '/' };
  const gatewayTimeout = () =>
    new Response(JSON.stringify({ error: { code: 'GatewayTimeout', message: 'timeout' } }), { status: 504 });

  it('returns the assignment that landed instead of posting again', async () => {
    const { createRoleAssignment } = await import('./role-assignments');
    const { calls, fetchImpl } = scripted([gatewayTimeout, () => Response.json({ value: [assignment] })]);
    const graph = createGraphClient({ baseUrl: 'http://graph.test/v1.0', accessToken: token, fetchImpl, logger: () => {} });
    await expect(createRoleAssignment(graph, input)).resolves.toEqual(assignment);
    expect(calls.map((call) => call.init.method)).toEqual(['POST', 'GET']);
    expect(decodeURIComponent(calls[1]?.url ?? '')).toContain(
      `roleDefinitionId eq '${input.roleDefinitionId}' and principalId eq '${input.principalId}' and directoryScopeId eq '/'`,
    );
  });

  it('surfaces the failure when the re-read finds nothing', async () => {
    const { createRoleAssignment } = await import('./role-assignments');
    const { calls, fetchImpl } = scripted([gatewayTimeout, () => Response.json({ value: [] })]);
    const graph = createGraphClient({ baseUrl: 'http://graph.test/v1.0', accessToken: token, fetchImpl, logger: () => {} });
    await expect(createRoleAssignment(graph, input)).rejects.toMatchObject({ status: 504 });
    expect(calls.map((call) => call.init.method)).toEqual(['POST', 'GET']);
  });
});
