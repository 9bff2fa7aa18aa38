import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIdentity } from './index';
import type { AccountDirectory, Identity, IdentityConfig, PickerAccount } from './types';

export const TENANT_ID = 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f';
export const PORTAL_CLIENT_ID = '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3';
export const AUTOMATION_CLIENT_ID = '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f';
export const AUTOMATION_SECRET = 'contoso-automation-secret';
export const AUTOMATION_SP_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
export const REDIRECT_URI = 'http://localhost:3000/auth/redirect';
export const PORTAL_ORIGIN = 'http://localhost:3000';
export const ISSUER = `https://localhost:4443/${TENANT_ID}/v2.0`;
export const HTTP_ORIGIN = 'http://localhost:4000';
export const T = `/${TENANT_ID}`;

export const MEGAN: PickerAccount = {
  id: '11111111-1111-4111-8111-111111111111',
  displayName: 'Megan Bowen',
  userPrincipalName: 'MeganB@contoso.onmicrosoft.com',
  roles: ['Global Administrator'],
};
export const ALEX: PickerAccount = {
  id: '22222222-2222-4222-8222-222222222222',
  displayName: 'Alex Wilber',
  userPrincipalName: 'AlexW@contoso.onmicrosoft.com',
  roles: [],
};
export const SHANNON: PickerAccount = {
  id: '33333333-3333-4333-8333-333333333333',
  displayName: "Shannon O'Brien <script>alert(1)</script>",
  userPrincipalName: 'ShannonO@contoso.onmicrosoft.com',
  roles: [],
};
export const PATTI: PickerAccount = {
  id: '44444444-4444-4444-8444-444444444444',
  displayName: 'Patti Fernandez',
  userPrincipalName: 'PattiF@contoso.onmicrosoft.com',
  roles: ['Privileged Role Administrator'],
};

export function stubAccounts(list: PickerAccount[] = [ALEX, SHANNON, MEGAN, PATTI]): AccountDirectory & {
  list: PickerAccount[];
} {
  return {
    list,
    listPickerAccounts: async () => list.map((a) => ({ ...a })),
    getUser: async (id) => {
      const found = list.find((a) => a.id === id);
      return found ? { id: found.id, displayName: found.displayName, userPrincipalName: found.userPrincipalName } : null;
    },
    tenantRoleTemplateIds: async (id) =>
      list.find((a) => a.id === id)?.roles.includes('Global Administrator') ? [GLOBAL_ADMINISTRATOR_TEMPLATE_ID] : [],
  };
}

export type TestIdentity = {
  identity: Identity;
  clock: { now: number };
  accounts: ReturnType<typeof stubAccounts>;
  dataDir: string;
  config: IdentityConfig;
  cleanup(): Promise<void>;
};

export async function makeIdentity(overrides: Partial<IdentityConfig> = {}, dataDir?: string): Promise<TestIdentity> {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'identity-test-')));
  const clock = { now: Date.UTC(2026, 0, 15, 9, 0, 0) };
  const accounts = stubAccounts();
  const config: IdentityConfig = {
    tenantId: TENANT_ID,
    issuer: ISSUER,
    httpOrigin: HTTP_ORIGIN,
    portalClientId: PORTAL_CLIENT_ID,
    portalRedirectUris: [REDIRECT_URI],
    automationClientId: AUTOMATION_CLIENT_ID,
    automationClientSecret: AUTOMATION_SECRET,
    automationServicePrincipalId: AUTOMATION_SP_ID,
    tokenLifetimeSeconds: 3600,
    dataDir: dir,
    ...overrides,
  };
  const identity = await createIdentity({ config, accounts, now: () => clock.now });
  return { identity, clock, accounts, dataDir: dir, config, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

/** The query msal-browser 5 sends for loginRedirect / acquireTokenRedirect. */
export function msalAuthorizeParams(challenge: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    client_id: PORTAL_CLIENT_ID,
    scope: 'https://graph.microsoft.com/User.Read openid profile offline_access',
    redirect_uri: REDIRECT_URI,
    'client-request-id': '0191d3a4-5b6c-7d8e-9f00-112233445566',
    response_mode: 'fragment',
    response_type: 'code',
    'x-client-SKU': 'msal.js.browser',
    'x-client-VER': '5.29.0',
    client_info: '1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    nonce: '0191d3a4-aaaa-7bbb-8ccc-ddddeeeeffff',
    state: 'eyJpZCI6IjAxOTEiLCJtZXRhIjp7ImludGVyYWN0aW9uVHlwZSI6InJlZGlyZWN0In19',
    prompt: 'select_account',
    ...extra,
  };
}

export function form(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8', ...headers },
    body: new URLSearchParams(fields).toString(),
  };
}

export function hiddenRequest(html: string): string {
  const match = /name="request" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('picker page has no request field');
  return match[1];
}

/** Location's parameters, from the fragment or the query. */
export function locationParams(response: Response): URLSearchParams {
  const location = response.headers.get('Location');
  if (!location) throw new Error(`expected a redirect, got ${response.status}`);
  const url = new URL(location);
  return new URLSearchParams(url.hash ? url.hash.slice(1) : url.search);
}

/** Shows the picker, clicks an account, and returns the redirect back to the app. */
export async function signIn(
  identity: Identity,
  params: Record<string, string>,
  accountId: string,
): Promise<Response> {
  const page = await identity.routes.request(`${T}/oauth2/v2.0/authorize?${new URLSearchParams(params)}`);
  if (page.status !== 200) throw new Error(`picker failed: ${page.status}`);
  return identity.routes.request(`${T}/oauth2/v2.0/authorize`, form({ request: hiddenRequest(await page.text()), account: accountId }));
}

export async function getCode(identity: Identity, challenge: string, accountId = MEGAN.id, extra: Record<string, string> = {}) {
  const response = await signIn(identity, msalAuthorizeParams(challenge, extra), accountId);
  const code = locationParams(response).get('code');
  if (!code) throw new Error('no code in redirect');
  return code;
}

export const V1_ISSUER = `https://sts.windows.net/${TENANT_ID}/`;
/** Template id of Global Administrator (Megan's role in the stub directory). */
export const GLOBAL_ADMINISTRATOR_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';

/**
 * A token request. By default it comes from the portal's origin, as MSAL in the browser sends it (an SPA's code is
 * redeemed only cross-origin); pass other headers (`{}`: a server-side client) to change that.
 */
export function redeem(
  identity: Identity,
  fields: Record<string, string>,
  headers: Record<string, string> = { Origin: PORTAL_ORIGIN },
) {
  return identity.routes.request(`${T}/oauth2/v2.0/token`, form(fields, headers));
}

export function decodePayload(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}
