// Helpers for the emulator's own Vitest suites: one emulator per test file on free ports with a temporary data
// dir, tokens for the Contoso personas, and a small fetch wrapper. Only tests import this file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EmulatorOptions } from './config';
import { AUTOMATION_CLIENT_ID, AUTOMATION_SECRET } from './identity/test-helpers';
import { contosoIds } from './seed/contoso';
import { startEmulator, type RunningEmulator } from './start';

export const personas = {
  megan: contosoIds.user('MeganB'),
  modAdmin: contosoIds.user('admin'),
  patti: contosoIds.user('PattiF'),
  isaiah: contosoIds.user('IsaiahL'),
  diego: contosoIds.user('DiegoS'),
  lee: contosoIds.user('LeeG'),
  adele: contosoIds.user('AdeleV'),
  alex: contosoIds.user('AlexW'),
  shannon: contosoIds.user('ShannonO'),
  joni: contosoIds.user('JoniS'),
  ravi: contosoIds.user('ravi.kumar_fabrikam.com#EXT#'),
} as const;

export type TestEmulator = RunningEmulator & { dataDir: string; cleanup(): Promise<void> };

export async function startTestEmulator(overrides: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const dataDir = overrides.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'emulator-test-')));
  const emulator = await startEmulator({ port: 0, httpsPort: null, host: '127.0.0.1', faults: {}, reset: true, ...overrides, dataDir });
  return {
    ...emulator,
    dataDir,
    async cleanup() {
      await emulator.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The portal's usual delegated scopes (identity's default) or the given ones, for a persona. */
export function userToken(emulator: RunningEmulator, userId: string, scopes?: string[]): Promise<string> {
  return emulator.identity.mintAccessTokenForTests({ userId, scopes });
}

export function appToken(emulator: RunningEmulator, roles?: string[]): Promise<string> {
  return emulator.identity.mintAccessTokenForTests({ app: true, roles });
}

/**
 * A token from the token endpoint by client credentials, as the automation app, exactly as a script gets one from
 * login.microsoftonline.com (unlike appToken, which mints it directly): for suites that drive Microsoft's clients.
 */
export async function clientCredentialsToken(emulator: RunningEmulator): Promise<string> {
  const response = await fetch(`${emulator.url}/${emulator.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: AUTOMATION_CLIENT_ID,
      client_secret: AUTOMATION_SECRET,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  const body = (await response.json()) as { access_token?: string; token_type?: string };
  if (response.status !== 200 || body.token_type !== 'Bearer' || !body.access_token) {
    throw new Error(`client credentials: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.access_token;
}

export type GraphResponse<T = Record<string, unknown>> = { status: number; headers: Headers; body: T };

/** Calls the emulator; `path` is relative to the origin (e.g. `/v1.0/users`). JSON bodies are parsed. */
export async function call<T = Record<string, unknown>>(
  emulator: { url: string },
  method: string,
  urlPath: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<GraphResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${emulator.url}${urlPath}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Calls a control endpoint (`/_emulator/...`) with the emulator's control token, as tests and scripts must. */
export function control<T = Record<string, unknown>>(
  emulator: { url: string; controlToken: string },
  method: string,
  urlPath: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<GraphResponse<T>> {
  return call<T>(emulator, method, urlPath, { ...options, headers: { 'x-emulator-control-token': emulator.controlToken, ...options.headers } });
}

export type ErrorBody = { error: { code: string; message: string; innerError: { 'request-id': string; date: string; 'client-request-id': string } } };
export type Collection<T = Record<string, unknown>> = { '@odata.context': string; '@odata.nextLink'?: string; '@odata.count'?: number; value: T[] };

/** Follows @odata.nextLink to the end and returns every item and the number of pages. */
export async function listAll<T = Record<string, unknown>>(emulator: { url: string }, urlPath: string, token: string, headers: Record<string, string> = {}) {
  const items: T[] = [];
  let pages = 0;
  let next: string | undefined = `${emulator.url}${urlPath}`;
  while (next) {
    const response = await fetch(next, { headers: { Authorization: `Bearer ${token}`, ...headers } });
    if (response.status !== 200) throw new Error(`${next} answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as Collection<T>;
    items.push(...page.value);
    pages += 1;
    next = page['@odata.nextLink'];
  }
  return { items, pages };
}
