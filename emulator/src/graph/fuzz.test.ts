// Hostile input must never be a 5xx: whatever a client sends, the emulator answers Graph's 4xx envelope (or a
// success), and no answer carries a stack trace or internal text. The corpus is generated and deterministic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appToken, personas, startTestEmulator, userToken, type TestEmulator } from '../test-support';
import { fuzzCorpus, type FuzzCase } from './fuzz-corpus';

let emulator: TestEmulator;
let tokens: Array<string | null>;
beforeAll(async () => {
  emulator = await startTestEmulator();
  // A Global Administrator reaches every handler; the app and no token at all exercise the other paths.
  tokens = [await userToken(emulator, personas.megan), await appToken(emulator), null];
});
afterAll(async () => emulator?.cleanup());

type Outcome = { fuzz: FuzzCase; status: number; body: string };

// A stack frame (raw or JSON-escaped), a source path, a JavaScript error name or the database's own words.
const internalText = /(\\n|\n)\s*at \S+ \(|node:internal|node_modules|emulator\/src\/|\.ts:\d+|TypeError|RangeError|URIError|SyntaxError|PGlite|prepared statement/;

async function send(fuzz: FuzzCase, token: string | null, attempt = 1): Promise<Outcome> {
  const headers: Record<string, string> = { ...fuzz.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    const response = await fetch(`${emulator.url}${fuzz.path}`, { method: fuzz.method, headers, body: fuzz.body });
    return { fuzz, status: response.status, body: await response.text() };
  } catch (error) {
    // A POST sent on a kept-alive socket that Node is closing (after a 431 or 413 it answered early) fails on the
    // client's side, and fetch does not retry a POST: try once more on a new socket. A second reset is as bad as
    // a 500: the server failed the request.
    if (attempt === 1) return send(fuzz, token, 2);
    return { fuzz, status: 599, body: `${String(error)} ${String((error as { cause?: unknown }).cause)}` };
  }
}

function describeCase({ fuzz, status, body }: Outcome): string {
  return `${status} ${fuzz.method} ${fuzz.path.slice(0, 160)} ${fuzz.body ? `body ${fuzz.body.slice(0, 80)}` : ''} → ${body.slice(0, 200)}`;
}

function isGraphEnvelope(text: string): boolean {
  try {
    const { error } = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; innerError?: Record<string, unknown> } };
    return typeof error?.code === 'string' && typeof error.message === 'string' && typeof error.innerError?.['request-id'] === 'string';
  } catch {
    return false;
  }
}

describe('fuzzed requests', () => {
  it('never answer 5xx, always in Graph’s error envelope, with no internal text', async () => {
    const corpus = fuzzCorpus();
    const outcomes: Outcome[] = [];
    const concurrency = 6;
    for (let i = 0; i < corpus.length; i += concurrency) {
      const slice = corpus.slice(i, i + concurrency);
      outcomes.push(...(await Promise.all(slice.map((fuzz, j) => send(fuzz, tokens[(i + j) % 7 === 0 ? 1 : (i + j) % 13 === 0 ? 2 : 0] ?? null)))));
    }
    const serverErrors = outcomes.filter((o) => o.status >= 500);
    const leaks = outcomes.filter((o) => internalText.test(o.body));
    // 431 (request line too long) comes from Node's HTTP parser before the app sees the request: it has no body.
    const graphErrors = outcomes.filter((o) => o.fuzz.path.startsWith('/v1.0') && o.status >= 400 && o.status !== 431);
    const notEnveloped = graphErrors.filter((o) => !isGraphEnvelope(o.body));
    const statusCounts = new Map<number, number>();
    for (const o of outcomes) statusCounts.set(o.status, (statusCounts.get(o.status) ?? 0) + 1);
    const byStatus = [...statusCounts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    console.info(`fuzz: ${corpus.length} cases, ${serverErrors.length} answered ≥ 500 (${byStatus.join(', ')})`);
    expect(serverErrors.map(describeCase)).toEqual([]);
    expect(leaks.map(describeCase)).toEqual([]);
    expect(notEnveloped.map(describeCase)).toEqual([]);
    expect(corpus.length).toBeGreaterThan(1000);
  }, 120_000);

  it('answer a deep or long $filter with Graph’s "Invalid filter clause"', async () => {
    for (const filter of [`${'not '.repeat(500)}displayName eq 'x'`, `${'('.repeat(3000)}displayName eq 'x'${')'.repeat(3000)}`]) {
      const outcome = await send({ method: 'GET', path: `/v1.0/users?$filter=${encodeURIComponent(filter)}` }, tokens[0] ?? null);
      expect(outcome.status).toBe(400);
      expect(JSON.parse(outcome.body)).toMatchObject({ error: { code: 'BadRequest', message: expect.stringMatching(/^Invalid filter clause/) } });
    }
  });

  it('answer malformed percent-encoding with a 400', async () => {
    for (const path of ['/v1.0/users/%zz', '/v1.0/groups/%E0%A4%A', '/v1.0/users?$filter=%zz', '/v1.0/users?$top=%']) {
      const outcome = await send({ method: 'GET', path }, tokens[0] ?? null);
      expect(outcome.status, path).toBe(400);
      expect(isGraphEnvelope(outcome.body), path).toBe(true);
    }
  });
});
