// The client's behaviour as Graph sees it, against the real emulator: paging, retries, batching, logging.
// Faults are switched on only for /applications/{id} paths no other test file touches, and the emulator's request
// log is read by our own client-request-ids, because the emulator is shared by every test file in the run.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, graphAs, servedFor } from '@/tests/graph-fixtures';
import { consoleGraphLogger, createGraphClient } from './client';
import { GraphError, GraphPagingLimitError, toUserMessage } from './errors';
import { listApplications, getApplication } from './applications';
import { listUsers, getMe } from './users';
import { applicationSchema } from './schemas';
import { inject } from 'vitest';

let mobileAppId: string;
let trackerAppId: string;
let hrPortalAppId: string;

beforeAll(async () => {
  const { graph } = await graphAs('app');
  const apps = await listApplications(graph);
  const idOf = (name: string) => {
    const app = apps.find((a) => a.displayName === name);
    if (!app) throw new Error(`The demo tenant has no app registration named ${name}`);
    return app.id;
  };
  mobileAppId = idOf('Contoso Mobile');
  trackerAppId = idOf('Project Tracker');
  hrPortalAppId = idOf('Contoso HR Portal');
});

afterEach(async () => {
  await admin().clearFaults();
});

const only = (...ids: string[]) => `^/applications/(${ids.join('|')})$`;

describe('paging', () => {
  it('follows @odata.nextLink to the last page and collects every user Graph counts', async () => {
    const { graph, log } = await graphAs('app');
    const { users, count } = await listUsers(graph, { top: 7 });
    expect(count).toBeGreaterThan(50);
    expect(users).toHaveLength(count ?? -1);
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    const served = await servedFor(log);
    expect(served).toHaveLength(Math.ceil(users.length / 7));
    expect(served.every((r) => r.method === 'GET' && r.status === 200 && r.path.startsWith('/v1.0/users?'))).toBe(true);
    expect(served.slice(1).every((r) => r.path.includes('$skiptoken='))).toBe(true);
  });

  it('sends ConsistencyLevel again on every page of a $search', async () => {
    // The emulator, like Graph, answers 400 to a $search without ConsistencyLevel: eventual.
    const { graph, log } = await graphAs('app');
    const { users, count } = await listUsers(graph, { search: 'contoso', top: 5 });
    expect(users.length).toBe(count);
    expect(log.length).toBeGreaterThan(2);
    expect(log.every((entry) => entry.status === 200)).toBe(true);
  });

  it('throws instead of returning a truncated list when the page limit is reached', async () => {
    const { graph, log } = await graphAs('app', { maxPages: 3 });
    await expect(listUsers(graph, { top: 5 })).rejects.toBeInstanceOf(GraphPagingLimitError);
    expect(log).toHaveLength(3);
  });
});

describe('retries', () => {
  it('waits out a 429 with Retry-After: 1 and then succeeds, with exactly one retry', async () => {
    const { graph, log } = await graphAs('app');
    await admin().setFaults({ paths: only(mobileAppId), rateLimit: { requests: 1, windowSeconds: 1 } });
    await getApplication(graph, mobileAppId); // uses up the window
    log.length = 0;
    const started = Date.now();
    const app = await getApplication(graph, mobileAppId);
    const waited = Date.now() - started;
    expect(app?.displayName).toBe('Contoso Mobile');
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(5000);
    expect((await servedFor(log)).map((r) => r.status)).toEqual([429, 200]);
    expect(log.map((entry) => [entry.status, entry.attempt])).toEqual([
      [429, 0],
      [200, 1],
    ]);
    expect(log[0]?.clientRequestId).not.toBe(log[1]?.clientRequestId);
  });

  it('does not retry a 500', async () => {
    const { graph, log } = await graphAs('app');
    await admin().setFaults({ paths: only(mobileAppId), rate500: 1 });
    const error = await getApplication(graph, mobileAppId).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500 });
    expect(toUserMessage(error).message).toBe('Microsoft Graph failed; nothing was changed. Try again in a moment.');
    expect(toUserMessage(error).supportText).toMatch(/^Request ID: [0-9a-f-]{36}$/);
    expect((await servedFor(log)).map((r) => r.status)).toEqual([500]);
  });

  it('retries a 503 three times, then reports it', async () => {
    const { graph, log } = await graphAs('app');
    await admin().setFaults({ paths: only(mobileAppId), rate503: 1, retryAfterSeconds: 0 });
    const error = await getApplication(graph, mobileAppId).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect((await servedFor(log)).map((r) => r.status)).toEqual([503, 503, 503, 503]);
  });

  it('fails at once with retryAfterSeconds when Retry-After exceeds the budget', async () => {
    const { graph, log } = await graphAs('app');
    await admin().setFaults({ paths: only(mobileAppId), rate429: 1, retryAfterSeconds: 60 });
    const started = Date.now();
    const error = await getApplication(graph, mobileAppId).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 60 });
    expect(toUserMessage(error).message).toBe('Microsoft Graph is throttling requests. Wait 60 seconds and try again.');
    expect(await servedFor(log)).toHaveLength(1);
  });

  it('times a slow read out after the per-request timeout and retries it', async () => {
    const { graph, log } = await graphAs('app', { timeoutMs: 150, retry: { baseDelayMs: 10 } });
    await admin().setFaults({ paths: only(hrPortalAppId), latencyMs: 400 });
    const error = await getApplication(graph, hrPortalAppId).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'Timeout' });
    expect(log.map((entry) => entry.status)).toEqual([0, 0, 0, 0]);
    // The emulator still finishes the abandoned requests, and picks their faults after the delay: let them drain
    // before the next test changes the settings.
    await new Promise((resolve) => setTimeout(resolve, 450));
  });
});

describe('$batch', () => {
  it('retries only the throttled item, after its Retry-After', async () => {
    const { graph, log } = await graphAs('app');
    await admin().setFaults({ paths: only(mobileAppId, trackerAppId), rateLimit: { requests: 1, windowSeconds: 1 } });
    const results = await graph.batch([
      { method: 'GET', url: `/applications/${mobileAppId}?$select=id,appId,displayName` },
      { method: 'GET', url: `/applications/${trackerAppId}?$select=id,appId,displayName` },
    ]);
    expect(results.map((r) => r.ok && applicationSchema.parse(r.body).displayName)).toEqual(['Contoso Mobile', 'Project Tracker']);
    expect(log.filter((entry) => entry.path === '/$batch')).toHaveLength(2);
    const inner = (await servedFor(log)).filter((r) => r.batchId !== undefined);
    expect(inner.map((r) => r.status).sort()).toEqual([200, 200, 429]);
  });

  it('reports an item still throttled beyond the budget as its own error', async () => {
    const { graph } = await graphAs('app');
    await admin().setFaults({ paths: only(trackerAppId), rate429: 1, retryAfterSeconds: 60 });
    const [mobile, tracker] = await graph.batch([
      { method: 'GET', url: `/applications/${mobileAppId}` },
      { method: 'GET', url: `/applications/${trackerAppId}` },
    ]);
    expect(mobile).toMatchObject({ ok: true, status: 200 });
    expect(tracker).toMatchObject({ ok: false, status: 429, error: { status: 429, retryAfterSeconds: 60 } });
  });
});

describe('requests and logging', () => {
  it('sends a fresh client-request-id each time and logs one line per request without the token', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'info').mockImplementation((line: string) => void lines.push(line));
    try {
      const { graph, log } = await graphAs('PattiF', { logger: consoleGraphLogger });
      await getMe(graph);
      await getMe(graph);
      expect(log).toHaveLength(0);
      expect(lines).toHaveLength(2);
      for (const line of lines) {
        expect(line).toMatch(/^graph GET \/me\?\$select 200 \d+ms request-id=[0-9a-f-]{36} client-request-id=[0-9a-f-]{36}$/);
        expect(line).not.toMatch(/Bearer|eyJ/);
      }
      expect(lines[0]?.split('client-request-id=')[1]).not.toBe(lines[1]?.split('client-request-id=')[1]);
    } finally {
      spy.mockRestore();
    }
  });

  it('says the sign-in expired when Graph refuses the token', async () => {
    const graph = createGraphClient({ baseUrl: inject('graphBaseUrl'), accessToken: 'not-a-token', logger: () => {} });
    const error = await getMe(graph).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    expect(toUserMessage(error).message).toBe('Your sign-in has expired. Sign in again to continue.');
  });
});
