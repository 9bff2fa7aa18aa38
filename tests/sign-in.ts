// Real tokens from the emulator's sign-in endpoints, obtained the way a client would: client credentials for the
// automation app, and the authorization-code flow with PKCE through the account picker for a demo user. Tests use
// these instead of minting tokens, so the token path the portal relies on is exercised too.
import { createHash, randomBytes } from 'node:crypto';

// emulator/CONTRACT.md defaults.
export const portalClientId = '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3';
export const portalRedirectUri = 'http://localhost:3000/auth/redirect';
export const automationClientId = '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f';
export const automationClientSecret = 'contoso-automation-secret';

export type Authority = {
  /** The emulator's http origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  tenantId: string;
};

type TokenResponse = { access_token: string; token_type: string; expires_in: number };

/** An app-only Graph token for "Contoso Automation" (client credentials). */
export async function signInAsApp(
  authority: Authority,
  credentials: { clientId?: string; clientSecret?: string } = {},
): Promise<string> {
  const response = await fetch(`${authority.origin}/${authority.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: credentials.clientId ?? automationClientId,
      client_secret: credentials.clientSecret ?? automationClientSecret,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  return (await readToken(response, 'client credentials')).access_token;
}

/**
 * A delegated Graph token for a demo user, picked by UPN (`PattiF@contoso.onmicrosoft.com`), its local part
 * (`PattiF`) or display name (`Patti Fernandez`): authorize with PKCE S256 → account picker → code → token.
 */
export async function signInAsUser(
  authority: Authority,
  user: string,
  options: { scope?: string } = {},
): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorizeUrl = `${authority.origin}/${authority.tenantId}/oauth2/v2.0/authorize`;
  const query = new URLSearchParams({
    client_id: portalClientId,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: portalRedirectUri,
    scope: options.scope ?? 'https://graph.microsoft.com/.default openid profile offline_access',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    prompt: 'select_account',
    client_info: '1',
  });

  const picker = await fetch(`${authorizeUrl}?${query}`, { redirect: 'manual' });
  const html = await picker.text();
  if (picker.status !== 200) throw new Error(`The account picker answered ${picker.status}: ${html.slice(0, 300)}`);
  const account = pickAccount(html, user);
  const request = /name="request" value="([^"]+)"/.exec(html)?.[1];
  if (!request) throw new Error('The account picker has no hidden "request" field');

  const chosen = await fetch(authorizeUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request: unescapeHtml(request), account }),
  });
  const location = chosen.headers.get('Location');
  if (chosen.status !== 302 || !location) throw new Error(`Choosing ${user} answered ${chosen.status}: ${(await chosen.text()).slice(0, 300)}`);
  const redirect = new URL(location);
  const params = new URLSearchParams(redirect.hash ? redirect.hash.slice(1) : redirect.search);
  const code = params.get('code');
  if (!code) throw new Error(`No code in the redirect: ${params.get('error')} ${params.get('error_description')}`);
  if (params.get('state') !== query.get('state')) throw new Error('The redirect came back with another state');

  const token = await fetch(`${authority.origin}/${authority.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    // An SPA redeems its code with a cross-origin request from the portal's origin.
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: new URL(portalRedirectUri).origin },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: portalClientId,
      code,
      redirect_uri: portalRedirectUri,
      code_verifier: verifier,
    }),
  });
  return (await readToken(token, `authorization code for ${user}`)).access_token;
}

export type PickerEntry = { id: string; displayName: string; userPrincipalName: string };

/** The accounts the picker offers, read from its HTML. */
export function parsePicker(html: string): PickerEntry[] {
  const pattern =
    /<button[^>]*name="account"[^>]*value="([^"]+)"[^>]*>\s*<span class="name">([^<]*)<\/span>\s*<span class="upn">([^<]*)<\/span>/g;
  return [...html.matchAll(pattern)].map((match) => ({
    id: unescapeHtml(match[1] ?? ''),
    displayName: unescapeHtml(match[2] ?? ''),
    userPrincipalName: unescapeHtml(match[3] ?? ''),
  }));
}

function pickAccount(html: string, user: string): string {
  const wanted = user.toLowerCase();
  const entries = parsePicker(html);
  const found = entries.find(
    (entry) =>
      entry.userPrincipalName.toLowerCase() === wanted ||
      entry.userPrincipalName.toLowerCase().split('@')[0] === wanted ||
      entry.displayName.toLowerCase() === wanted,
  );
  if (!found) throw new Error(`The picker does not offer ${user}; it offers ${entries.map((e) => e.userPrincipalName).join(', ')}`);
  return found.id;
}

function unescapeHtml(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function readToken(response: Response, what: string): Promise<TokenResponse> {
  const body = (await response.json().catch(() => ({}))) as Partial<TokenResponse> & { error?: string; error_description?: string };
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(`Token request (${what}) failed: ${response.status} ${body.error ?? ''} ${body.error_description ?? ''}`);
  }
  return body as TokenResponse;
}

/** The claims of a JWT, unverified: tests read them to check who they signed in as. */
export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}
