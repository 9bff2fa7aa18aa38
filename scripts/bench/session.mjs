// A signed-in session without a browser: the emulator's authorization-code flow with PKCE through the account
// picker (as tests/sign-in.ts does), then the access token POSTed to the portal's /api/session, which answers with
// the httpOnly rp_session cookie that server components read.
import { createHash, randomBytes } from 'node:crypto';

export const tenantId = 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f';
const portalClientId = '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3';
const automation = { id: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f', secret: 'contoso-automation-secret' };

const unescapeHtml = (value) =>
  value
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function readToken(response, what) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(`Token request (${what}) failed: ${response.status} ${body.error ?? ''} ${body.error_description ?? ''}`);
  }
  return body.access_token;
}

/** An app-only token for "Contoso Automation": the bench's own reads and repairs, never the portal's. */
export async function appToken(emulatorOrigin) {
  const response = await fetch(`${emulatorOrigin}/${tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: automation.id,
      client_secret: automation.secret,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  return readToken(response, 'client credentials');
}

/**
 * A delegated token for `upn`. The large tenant's picker lists only the first 200 role holders by name; when the
 * account isn't among them, its id (read with the app token) is posted as the picker's `account`, which is what the
 * picker's button would post.
 */
export async function userToken(emulatorOrigin, portalOrigin, upn) {
  const redirectUri = `${portalOrigin}/auth/redirect`;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorizeUrl = `${emulatorOrigin}/${tenantId}/oauth2/v2.0/authorize`;
  const state = randomBytes(8).toString('hex');
  const query = new URLSearchParams({
    client_id: portalClientId,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: redirectUri,
    scope: 'https://graph.microsoft.com/.default openid profile offline_access',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    nonce: randomBytes(8).toString('hex'),
    prompt: 'select_account',
    login_hint: upn,
  });
  const picker = await fetch(`${authorizeUrl}?${query}`, { redirect: 'manual' });
  const html = await picker.text();
  if (picker.status !== 200) throw new Error(`The account picker answered ${picker.status}: ${html.slice(0, 300)}`);
  const request = /name="request" value="([^"]+)"/.exec(html)?.[1];
  if (!request) throw new Error('The account picker has no hidden "request" field');
  const buttons = [...html.matchAll(/<button[^>]*name="account"[^>]*value="([^"]+)"[^>]*>\s*<span class="name">[^<]*<\/span>\s*<span class="upn">([^<]*)<\/span>/g)];
  let account = buttons.find((m) => unescapeHtml(m[2]).toLowerCase() === upn.toLowerCase())?.[1];
  let via = 'picker';
  if (!account) {
    account = (await graphGet(emulatorOrigin, await appToken(emulatorOrigin), `/users/${encodeURIComponent(upn)}?$select=id`)).id;
    via = 'id (not on the picker)';
  }
  const chosen = await fetch(authorizeUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request: unescapeHtml(request), account: unescapeHtml(account) }),
  });
  const location = chosen.headers.get('Location');
  if (chosen.status !== 302 || !location) throw new Error(`Choosing ${upn} answered ${chosen.status}: ${(await chosen.text()).slice(0, 300)}`);
  const redirect = new URL(location);
  const params = new URLSearchParams(redirect.hash ? redirect.hash.slice(1) : redirect.search);
  const code = params.get('code');
  if (!code) throw new Error(`No code in the redirect: ${params.get('error')} ${params.get('error_description')}`);
  if (params.get('state') !== state) throw new Error('The redirect came back with another state');
  const token = await fetch(`${emulatorOrigin}/${tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: portalOrigin },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: portalClientId, code, redirect_uri: redirectUri, code_verifier: verifier }),
  });
  return { token: await readToken(token, `authorization code for ${upn}`), via };
}

/** The portal's session cookie for a token: POST /api/session from the portal's own origin. */
export async function portalSession(portalOrigin, accessToken) {
  const response = await fetch(`${portalOrigin}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: portalOrigin },
    body: JSON.stringify({ accessToken }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /api/session answered ${response.status}: ${text.slice(0, 200)}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('rp_session='));
  if (!cookie) throw new Error('POST /api/session set no rp_session cookie');
  return cookie.split(';')[0].slice('rp_session='.length);
}

export async function graphGet(emulatorOrigin, token, pathAndQuery) {
  const response = await fetch(`${emulatorOrigin}/v1.0${pathAndQuery}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (!response.ok) throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

/** Every item of a collection, following @odata.nextLink. */
export async function graphGetAll(emulatorOrigin, token, pathAndQuery) {
  const items = [];
  let url = `${emulatorOrigin}/v1.0${pathAndQuery}`;
  while (url) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    const body = await response.json();
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    items.push(...body.value);
    url = body['@odata.nextLink'];
  }
  return items;
}

export async function graphBatch(emulatorOrigin, token, requests) {
  const response = await fetch(`${emulatorOrigin}/v1.0/$batch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ requests }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`$batch answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
  return body.responses;
}
