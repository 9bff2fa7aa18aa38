import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALEX, AUTOMATION_CLIENT_ID, AUTOMATION_SECRET, AUTOMATION_SP_ID, MEGAN, PORTAL_CLIENT_ID, PORTAL_ORIGIN,
  REDIRECT_URI, T, TENANT_ID, V1_ISSUER, decodePayload, getCode, makeIdentity, pkcePair, redeem, type TestIdentity,
} from './test-helpers';

let t: TestIdentity;
beforeAll(async () => {
  t = await makeIdentity();
});
afterAll(() => t.cleanup());

type TokenBody = Record<string, string | number | undefined> & { error_codes?: number[] };

async function signedIn(scope = 'https://graph.microsoft.com/User.Read openid profile offline_access', user = MEGAN.id) {
  const { verifier, challenge } = pkcePair();
  const code = await getCode(t.identity, challenge, user, { scope });
  const response = await redeem(t.identity, {
    client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
  });
  return (await response.json()) as TokenBody;
}

const refresh = async (refreshToken: string, extra: Record<string, string> = {}) => {
  const response = await redeem(t.identity, {
    client_id: PORTAL_CLIENT_ID, grant_type: 'refresh_token', refresh_token: refreshToken, ...extra,
  });
  return { status: response.status, body: (await response.json()) as TokenBody };
};

describe('refresh_token grant', () => {
  it('rotates the refresh token and keeps the scopes', async () => {
    const first = await signedIn('https://graph.microsoft.com/User.Read Directory.Read.All openid profile offline_access');
    t.clock.now += 60_000;
    const { status, body } = await refresh(String(first.refresh_token));
    expect(status).toBe(200);
    expect(body.refresh_token).toEqual(expect.any(String));
    expect(body.refresh_token).not.toBe(first.refresh_token);
    expect(body.id_token).toEqual(expect.any(String));
    expect(body.access_token).not.toBe(first.access_token);
    expect(decodePayload(String(body.access_token)).scp).toBe('User.Read Directory.Read.All');
    expect(decodePayload(String(body.access_token)).oid).toBe(MEGAN.id);
    // A refreshed token descends from the interactive sign-in and keeps its authentication methods.
    expect(decodePayload(String(body.access_token)).amr).toEqual(['pwd', 'mfa']);

    const next = await refresh(String(body.refresh_token), { scope: 'RoleManagement.ReadWrite.Directory openid offline_access' });
    expect(next.status).toBe(200);
    expect(decodePayload(String(next.body.access_token)).scp).toBe('RoleManagement.ReadWrite.Directory');
  });

  it('never accepts a refresh token as a bearer token, nor an access token as a refresh token', async () => {
    const tokens = await signedIn();
    expect(await t.identity.verifyRequest(`Bearer ${tokens.refresh_token}`)).toMatchObject({
      error: 'InvalidAuthenticationToken',
      message: 'Access token validation failure. Invalid audience.',
    });
    const { status, body } = await refresh(String(tokens.access_token));
    expect(status).toBe(400);
    expect(body.error_codes).toEqual([9002313]);
  });

  it('ends 24 hours after the interactive sign-in, however often it was rotated (AADSTS700084)', async () => {
    const own = await makeIdentity();
    try {
      const { verifier, challenge } = pkcePair();
      const code = await getCode(own.identity, challenge);
      const first = (await (await redeem(own.identity, {
        client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
      })).json()) as TokenBody;
      own.clock.now += 23 * 3600 * 1000;
      const rotated = (await (await redeem(own.identity, {
        client_id: PORTAL_CLIENT_ID, grant_type: 'refresh_token', refresh_token: String(first.refresh_token),
      })).json()) as TokenBody;
      expect(rotated.refresh_token_expires_in).toBe(3600);
      own.clock.now += 3600 * 1000;
      const expired = await redeem(own.identity, {
        client_id: PORTAL_CLIENT_ID, grant_type: 'refresh_token', refresh_token: String(rotated.refresh_token),
      });
      expect(expired.status).toBe(400);
      expect(await expired.json()).toMatchObject({ error: 'invalid_grant', error_codes: [700084] });
    } finally {
      await own.cleanup();
    }
  });

  it('stays valid across a restart on the same data dir', async () => {
    const tokens = await signedIn();
    const restarted = await makeIdentity({}, t.dataDir);
    restarted.clock.now = t.clock.now;
    const response = await redeem(restarted.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token),
    });
    expect(response.status).toBe(200);
    expect(await restarted.identity.verifyRequest(`Bearer ${tokens.access_token}`)).toMatchObject({ kind: 'user' });
  });

  it('refuses the refresh token of a user who was deleted', async () => {
    const tokens = await signedIn(undefined, ALEX.id);
    const index = t.accounts.list.findIndex((a) => a.id === ALEX.id);
    const [removed] = t.accounts.list.splice(index, 1);
    try {
      const { status, body } = await refresh(String(tokens.refresh_token));
      expect(status).toBe(400);
      expect(body.error_codes).toEqual([50034]);
    } finally {
      if (removed) t.accounts.list.splice(index, 0, removed);
    }
  });

  it('refuses a public client that sends a secret', async () => {
    const tokens = await signedIn();
    const { status, body } = await refresh(String(tokens.refresh_token), { client_secret: 'anything' });
    expect(status).toBe(400);
    expect(body.error_codes).toEqual([700025]);
  });
});

describe('client_credentials grant', () => {
  const cc = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    redeem(t.identity, { grant_type: 'client_credentials', ...fields }, headers);

  it('issues an app-only token with the automation app roles for the right secret', async () => {
    const response = await cc({
      client_id: AUTOMATION_CLIENT_ID, client_secret: AUTOMATION_SECRET, scope: 'https://graph.microsoft.com/.default',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as TokenBody;
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'ext_expires_in', 'token_type']);
    const claims = decodePayload(String(body.access_token));
    expect(claims).toMatchObject({
      aud: 'https://graph.microsoft.com', iss: V1_ISSUER, tid: TENANT_ID, oid: AUTOMATION_SP_ID, idtyp: 'app',
      roles: ['RoleManagement.ReadWrite.Directory', 'Directory.Read.All'], appid: AUTOMATION_CLIENT_ID, appidacr: '1',
      ver: '1.0',
    });
    // No user signed in, so no authentication methods: an app never meets PIM's MFA rule.
    for (const absent of ['scp', 'azp', 'azpacr', 'upn', 'unique_name', 'amr']) expect(claims).not.toHaveProperty(absent);
    expect(await t.identity.verifyRequest(`Bearer ${body.access_token}`)).toEqual({
      kind: 'app', servicePrincipalId: AUTOMATION_SP_ID, tenantId: TENANT_ID,
      roles: ['RoleManagement.ReadWrite.Directory', 'Directory.Read.All'], clientId: AUTOMATION_CLIENT_ID,
    });
  });

  it('accepts the secret in HTTP Basic', async () => {
    const basic = Buffer.from(`${AUTOMATION_CLIENT_ID}:${AUTOMATION_SECRET}`).toString('base64');
    const response = await cc({ scope: 'https://graph.microsoft.com/.default' }, { Authorization: `Basic ${basic}` });
    expect(response.status).toBe(200);
  });

  it('answers a wrong secret with 401 invalid_client AADSTS7000215', async () => {
    const response = await cc({
      client_id: AUTOMATION_CLIENT_ID, client_secret: 'guess', scope: 'https://graph.microsoft.com/.default',
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as TokenBody;
    expect(body).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
    expect(String(body.error_description)).toMatch(/^AADSTS7000215: Invalid client secret provided\./);
    expect(body).toHaveProperty('trace_id');
    expect(body).toHaveProperty('correlation_id');
    expect(body).toHaveProperty('timestamp');
  });

  // #15: this was AADSTS70011; Entra answers a client-credentials scope without /.default with AADSTS1002012.
  it.each(['https://graph.microsoft.com/User.Read', 'User.Read', 'https://graph.microsoft.com'])(
    'refuses the scope %s with AADSTS1002012 and Entra\'s text', async (scope) => {
      const response = await cc({ client_id: AUTOMATION_CLIENT_ID, client_secret: AUTOMATION_SECRET, scope });
      expect(response.status).toBe(400);
      const body = (await response.json()) as TokenBody;
      expect(body).toMatchObject({ error: 'invalid_scope', error_codes: [1002012] });
      expect(String(body.error_description)).toContain(
        `AADSTS1002012: The provided value for scope ${scope} is not valid. Client credential flows must have a scope ` +
          'value with /.default suffixed to the resource identifier (application ID URI).\r\nTrace ID: ',
      );
    });

  it('refuses .default of a resource the tenant does not have (AADSTS500011) and two scopes (AADSTS70011)', async () => {
    const other = await cc({ client_id: AUTOMATION_CLIENT_ID, client_secret: AUTOMATION_SECRET, scope: 'api://other/.default' });
    expect(await other.json()).toMatchObject({ error: 'invalid_resource', error_codes: [500011] });
    const two = await cc({
      client_id: AUTOMATION_CLIENT_ID, client_secret: AUTOMATION_SECRET, scope: 'https://graph.microsoft.com/.default openid',
    });
    expect(await two.json()).toMatchObject({ error: 'invalid_scope', error_codes: [70011] });
  });

  it('does not let the portal (a public client) use client credentials', async () => {
    const response = await cc({ client_id: PORTAL_CLIENT_ID, scope: 'https://graph.microsoft.com/.default' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unauthorized_client' });
  });

  it('refuses an unknown client with AADSTS700016 and a GET with AADSTS900561', async () => {
    const response = await cc({ client_id: '00000000-0000-4000-8000-000000000000', client_secret: 'x', scope: 'https://graph.microsoft.com/.default' });
    expect(await response.json()).toMatchObject({ error: 'unauthorized_client', error_codes: [700016] });
    const get = await t.identity.routes.request(`${T}/oauth2/v2.0/token`);
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ error_codes: [900561] });
  });
});

describe('token endpoint CORS', () => {
  it('answers the preflight for the portal origin only', async () => {
    const preflight = await t.identity.routes.request(`${T}/oauth2/v2.0/token`, {
      method: 'OPTIONS',
      headers: { Origin: PORTAL_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(PORTAL_ORIGIN);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBe('content-type');

    const other = await t.identity.routes.request(`${T}/oauth2/v2.0/token`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('adds the CORS header to error responses too, so MSAL can read them', async () => {
    const response = await redeem(t.identity, { client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code' }, { Origin: PORTAL_ORIGIN });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PORTAL_ORIGIN);
    expect(await response.json()).toMatchObject({ error: 'invalid_request', error_codes: [900144] });
  });
});

describe('logout', () => {
  it('returns to a post_logout_redirect_uri on a registered origin', async () => {
    const response = await t.identity.routes.request(
      `${T}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(`${PORTAL_ORIGIN}/sign-in`)}&state=abc`,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(`${PORTAL_ORIGIN}/sign-in?state=abc`);
  });

  it('shows the signed-out page for any other address', async () => {
    const response = await t.identity.routes.request(
      `${T}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('https://evil.example/')}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Location')).toBeNull();
    expect(await response.text()).toContain('You signed out of your account');
  });
});
