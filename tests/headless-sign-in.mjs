// Real tokens from the emulator's sign-in endpoints, obtained without a browser the way a client would: client
// credentials for the automation app, and the authorization-code flow with PKCE through the account picker for a demo
// user. Tests use these instead of minting tokens, so the token path the portal relies on is exercised too, and the
// benchmark and load scripts sign in the same way.
//
// Plain JavaScript with its types beside it (headless-sign-in.d.mts), as scripts/portal-build.mjs: vitest and
// Playwright import it from TypeScript, and scripts/bench and scripts/resilience, run by plain `node`, import it too
// (running those through tsx instead would change how `npm run bench` and `npm run test:resilience` start).
import { createHash, randomBytes } from 'node:crypto';
import { automationClient, portalClient } from './demo-tenant.mjs';

const graphDefault = 'https://graph.microsoft.com/.default';

/** An app-only Graph token for "Contoso Automation" (client credentials), or for other `credentials`. */
export async function signInAsApp(authority, credentials = {}) {
  const response = await fetch(tokenUrl(authority), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: credentials.clientId ?? automationClient.clientId,
      client_secret: credentials.clientSecret ?? automationClient.clientSecret,
      scope: graphDefault,
    }),
  });
  return readToken(response, 'client credentials');
}

/**
 * A delegated Graph token for a demo user, picked by UPN (`PattiF@contoso.onmicrosoft.com`), its local part
 * (`PattiF`) or display name (`Patti Fernandez`): authorize with PKCE S256 → account picker → code → token.
 */
export async function signInAsUser(authority, user, options = {}) {
  const redirectUri = options.redirectUri ?? portalClient.redirectUri;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorizeUrl = `${authority.origin}/${authority.tenantId}/oauth2/v2.0/authorize`;
  const query = new URLSearchParams({
    client_id: portalClient.clientId,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: redirectUri,
    scope: options.scope ?? `${graphDefault} openid profile offline_access`,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    prompt: 'select_account',
    client_info: '1',
    ...(options.loginHint ? { login_hint: options.loginHint } : {}),
  });

  const picker = await fetch(`${authorizeUrl}?${query}`, { redirect: 'manual' });
  const html = await picker.text();
  if (picker.status !== 200) throw new Error(`The account picker answered ${picker.status}: ${html.slice(0, 300)}`);
  const request = /name="request" value="([^"]+)"/.exec(html)?.[1];
  if (!request) throw new Error('The account picker has no hidden "request" field');
  const account = await pickAccount(html, user, options.accountIdFor);

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

  const token = await fetch(tokenUrl(authority), {
    method: 'POST',
    // An SPA redeems its code with a cross-origin request from the portal's origin.
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: new URL(redirectUri).origin },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: portalClient.clientId,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  return readToken(token, `authorization code for ${user}`);
}

/** The accounts the picker offers, read from its HTML. */
export function parsePicker(html) {
  const pattern =
    /<button[^>]*name="account"[^>]*value="([^"]+)"[^>]*>\s*<span class="name">([^<]*)<\/span>\s*<span class="upn">([^<]*)<\/span>/g;
  return [...html.matchAll(pattern)].map((match) => ({
    id: unescapeHtml(match[1] ?? ''),
    displayName: unescapeHtml(match[2] ?? ''),
    userPrincipalName: unescapeHtml(match[3] ?? ''),
  }));
}

/** The claims of a JWT, unverified: tests read them to check who they signed in as. */
export function jwtClaims(token) {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

async function pickAccount(html, user, accountIdFor) {
  const wanted = user.toLowerCase();
  const entries = parsePicker(html);
  const found = entries.find(
    (entry) =>
      entry.userPrincipalName.toLowerCase() === wanted ||
      entry.userPrincipalName.toLowerCase().split('@')[0] === wanted ||
      entry.displayName.toLowerCase() === wanted,
  );
  if (found) return found.id;
  // A large tenant's picker lists only its first accounts; posting the id is what the account's button would post.
  if (accountIdFor) return accountIdFor(user);
  throw new Error(`The picker does not offer ${user}; it offers ${entries.map((e) => e.userPrincipalName).join(', ')}`);
}

const tokenUrl = (authority) => `${authority.origin}/${authority.tenantId}/oauth2/v2.0/token`;

function unescapeHtml(value) {
  return value
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function readToken(response, what) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(`Token request (${what}) failed: ${response.status} ${body.error ?? ''} ${body.error_description ?? ''}`);
  }
  return body.access_token;
}
