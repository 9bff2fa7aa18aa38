// A signed-in session without a browser: the emulator's authorization-code flow with PKCE through the account
// picker (tests/headless-sign-in.mjs, shared with the tests), then the access token POSTed to the portal's
// /api/session, which answers with the httpOnly rp_session cookie that server components read.
import { signInAsApp, signInAsUser } from '../../tests/headless-sign-in.mjs';
import { tenantId } from '../../tests/demo-tenant.mjs';

/** An app-only token for "Contoso Automation": the bench's own reads and repairs, never the portal's. */
export function appToken(emulatorOrigin) {
  return signInAsApp({ origin: emulatorOrigin, tenantId });
}

/**
 * A delegated token for `upn`. The large tenant's picker lists only the first 200 role holders by name; when the
 * account isn't among them, its id (read with the app token) is posted as the picker's `account`, which is what the
 * picker's button would post.
 */
export async function userToken(emulatorOrigin, portalOrigin, upn) {
  let via = 'picker';
  const accountIdFor = async () => {
    via = 'id (not on the picker)';
    return (await graphGet(emulatorOrigin, await appToken(emulatorOrigin), `/users/${encodeURIComponent(upn)}?$select=id`)).id;
  };
  const token = await signInAsUser({ origin: emulatorOrigin, tenantId }, upn, {
    redirectUri: `${portalOrigin}/auth/redirect`,
    loginHint: upn,
    accountIdFor,
  });
  return { token, via };
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
