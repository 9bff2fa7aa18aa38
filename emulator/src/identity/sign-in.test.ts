import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALEX, AUTOMATION_CLIENT_ID, GLOBAL_ADMINISTRATOR_TEMPLATE_ID, HTTP_ORIGIN, ISSUER, MEGAN, PATTI, PORTAL_CLIENT_ID,
  REDIRECT_URI, SHANNON, T, TENANT_ID, V1_ISSUER,
  decodePayload, form, getCode, hiddenRequest, locationParams, makeIdentity, msalAuthorizeParams, pkcePair, redeem,
  signIn, type TestIdentity,
} from './test-helpers';

let t: TestIdentity;
beforeAll(async () => {
  t = await makeIdentity();
});
afterAll(() => t.cleanup());

const authorize = (params: Record<string, string>) =>
  t.identity.routes.request(`${T}/oauth2/v2.0/authorize?${new URLSearchParams(params)}`);

describe('discovery', () => {
  it('serves an Entra-shaped openid-configuration with the https issuer, on http with http endpoints (the portal demo)', async () => {
    const response = await t.identity.routes.request(`${T}/v2.0/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer: ISSUER,
      authorization_endpoint: `${HTTP_ORIGIN}/${TENANT_ID}/oauth2/v2.0/authorize`,
      token_endpoint: `${HTTP_ORIGIN}/${TENANT_ID}/oauth2/v2.0/token`,
      end_session_endpoint: `${HTTP_ORIGIN}/${TENANT_ID}/oauth2/v2.0/logout`,
      jwks_uri: `${HTTP_ORIGIN}/${TENANT_ID}/discovery/v2.0/keys`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      tenant_region_scope: 'NA',
      msgraph_host: 'graph.microsoft.com',
    });
  });

  it('names https endpoints on the https listener, so secrets and codes never travel over http', async () => {
    const response = await t.identity.routes.request(`https://localhost:4443${T}/v2.0/.well-known/openid-configuration`);
    const doc = (await response.json()) as Record<string, unknown>;
    const https = 'https://localhost:4443';
    expect(doc).toMatchObject({
      issuer: ISSUER,
      authorization_endpoint: `${https}/${TENANT_ID}/oauth2/v2.0/authorize`,
      token_endpoint: `${https}/${TENANT_ID}/oauth2/v2.0/token`,
      end_session_endpoint: `${https}/${TENANT_ID}/oauth2/v2.0/logout`,
      jwks_uri: `${https}/${TENANT_ID}/discovery/v2.0/keys`,
    });
    // The Host header does not choose the origin: a forged one cannot point clients at another server.
    const forged = await t.identity.routes.request(`https://evil.example${T}/v2.0/.well-known/openid-configuration`);
    expect(JSON.stringify(await forged.json())).not.toContain('evil.example');
  });

  it('accepts the verified domain and organizations, and refuses an unknown tenant with AADSTS90002', async () => {
    const byDomain = await t.identity.routes.request('/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration');
    expect(((await byDomain.json()) as { issuer: string }).issuer).toBe(ISSUER);
    const orgs = await t.identity.routes.request('/organizations/v2.0/.well-known/openid-configuration');
    expect(((await orgs.json()) as { issuer: string }).issuer).toBe('https://localhost:4443/{tenantid}/v2.0');
    const unknown = await t.identity.routes.request('/fabrikam.onmicrosoft.com/v2.0/.well-known/openid-configuration');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_tenant', error_codes: [90002] });
  });

  it('publishes one RS256 signing key with a kid and no private parts', async () => {
    const response = await t.identity.routes.request(`${T}/discovery/v2.0/keys`);
    const jwks = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', kid: expect.any(String) });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(t.identity.jwks()).toEqual(jwks);
  });
});

describe('account picker', () => {
  it('lists every account as one button with its admin roles, admins first, escaped', async () => {
    const response = await authorize(msalAuthorizeParams(pkcePair().challenge));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toContain('<title>Pick an account</title>');
    expect(html).toContain('Sign in to Roles Portal (demo tenant)');
    const buttons = [...html.matchAll(/<button class="account"[^>]*value="([^"]+)"/g)].map((m) => m[1]);
    expect(buttons).toEqual([MEGAN.id, PATTI.id, ALEX.id, SHANNON.id]);
    expect(html).toContain('Global Administrator');
    expect(html).toContain('Privileged Role Administrator');
    expect(html).toContain('No admin roles');
    expect(html).toContain('Shannon O&#39;Brien &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('narrows the list to the login_hint account', async () => {
    const html = await (await authorize(msalAuthorizeParams(pkcePair().challenge, { login_hint: 'pattif@contoso.onmicrosoft.com' }))).text();
    const buttons = [...html.matchAll(/<button class="account"[^>]*value="([^"]+)"/g)].map((m) => m[1]);
    expect(buttons).toEqual([PATTI.id]);
  });

  // #15: a login_hint used to be enough for a silent code; Entra needs its session cookies, which the emulator never sets.
  it.each([
    ['without a login_hint', {}],
    ['with a login_hint naming one account', { login_hint: MEGAN.userPrincipalName }],
  ])('answers prompt=none %s with login_required (AADSTS50058) on the redirect URI, state kept', async (_, extra) => {
    const params = msalAuthorizeParams(pkcePair().challenge, { prompt: 'none', ...extra });
    const response = await authorize(params);
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toMatch(new RegExp(`^${REDIRECT_URI}#`));
    const result = locationParams(response);
    expect(result.get('code')).toBeNull();
    expect(result.get('error')).toBe('login_required');
    expect(result.get('error_description')).toMatch(/^AADSTS50058: A silent sign-in request was sent but no user is signed in\./);
    expect(result.get('state')).toBe(params.state);
  });

  it('refuses a forged or edited picker post', async () => {
    const page = await authorize(msalAuthorizeParams(pkcePair().challenge));
    const request = hiddenRequest(await page.text());
    const [data = '', signature = ''] = request.split('.');
    const decoded = JSON.parse(Buffer.from(data, 'base64url').toString()) as { params: Record<string, string> };
    decoded.params.redirect_uri = 'https://evil.example/callback';
    const edited = `${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${signature}`;
    const response = await t.identity.routes.request(`${T}/oauth2/v2.0/authorize`, form({ request: edited, account: MEGAN.id }));
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(await response.text()).toContain('AADSTS50089');
  });

  it('refuses a post for an account that does not exist', async () => {
    const page = await authorize(msalAuthorizeParams(pkcePair().challenge));
    const response = await t.identity.routes.request(
      `${T}/oauth2/v2.0/authorize`,
      form({ request: hiddenRequest(await page.text()), account: '99999999-9999-4999-8999-999999999999' }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('AADSTS50034');
  });
});

describe('authorize request validation', () => {
  it('shows an error page, never a redirect, for an unknown client', async () => {
    const response = await authorize(msalAuthorizeParams(pkcePair().challenge, { client_id: '00000000-0000-4000-8000-000000000000' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(await response.text()).toContain('AADSTS700016');
  });

  it('does not let the confidential automation app sign users in', async () => {
    const response = await authorize(msalAuthorizeParams(pkcePair().challenge, { client_id: AUTOMATION_CLIENT_ID }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('AADSTS500113');
  });

  it.each([
    ['a trailing slash', `${REDIRECT_URI}/`],
    ['another port', 'http://localhost:3001/auth/redirect'],
    ['a different case', 'http://localhost:3000/Auth/Redirect'],
    ['an extra query', `${REDIRECT_URI}?next=/roles`],
    ['another host', 'https://evil.example/auth/redirect'],
  ])('refuses a redirect_uri with %s (exact match only) on an error page', async (_, redirectUri) => {
    const response = await authorize(msalAuthorizeParams(pkcePair().challenge, { redirect_uri: redirectUri }));
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    const html = await response.text();
    expect(html).toContain('AADSTS50011');
    // Strict as Entra, but the page tells the developer which variable registers a redirect URI.
    expect(html).toContain('EMULATOR_PORTAL_REDIRECT_URIS');
    expect(html).toContain(REDIRECT_URI);
  });

  it('requires PKCE: a missing code_challenge is sent back as invalid_request', async () => {
    const params = msalAuthorizeParams('x');
    delete params.code_challenge;
    delete params.code_challenge_method;
    const response = await authorize(params);
    expect(response.status).toBe(302);
    const result = locationParams(response);
    expect(result.get('error')).toBe('invalid_request');
    expect(result.get('error_description')).toMatch(/^AADSTS9002325: /);
    expect(result.get('state')).toBe(params.state);
    expect(new URL(response.headers.get('Location') ?? '').origin).toBe('http://localhost:3000');
  });

  it.each([['plain'], ['S512']])('refuses code_challenge_method=%s', async (method) => {
    const { verifier } = pkcePair();
    const response = await authorize(msalAuthorizeParams(verifier, { code_challenge_method: method }));
    expect(locationParams(response).get('error')).toBe('invalid_request');
    expect(locationParams(response).get('error_description')).toContain(`'${method}'`);
  });

  it('refuses a challenge with no method (RFC 7636 reads it as plain)', async () => {
    const params = msalAuthorizeParams(pkcePair().challenge);
    delete params.code_challenge_method;
    expect(locationParams(await authorize(params)).get('error')).toBe('invalid_request');
  });

  it.each([['token'], ['id_token'], ['code id_token']])('refuses the implicit or hybrid response_type %s', async (type) => {
    const response = await authorize(msalAuthorizeParams(pkcePair().challenge, { response_type: type }));
    expect(locationParams(response).get('error')).toBe('unsupported_response_type');
  });

  it('refuses a scope for a resource other than Graph', async () => {
    const response = await authorize(msalAuthorizeParams(pkcePair().challenge, { scope: 'api://other/Read openid' }));
    expect(locationParams(response).get('error')).toBe('invalid_scope');
  });
});

describe('authorization code + PKCE', () => {
  it('runs the request msal-browser sends, end to end', async () => {
    const { verifier, challenge } = pkcePair();
    const params = msalAuthorizeParams(challenge);
    const response = await signIn(t.identity, params, MEGAN.id);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.search).toBe('');
    const result = locationParams(response);
    expect(result.get('state')).toBe(params.state);
    expect(result.get('session_state')).toBeTruthy();
    expect(result.get('client_info')).toBeTruthy();
    const code = result.get('code') ?? '';

    const tokenResponse = await redeem(
      t.identity,
      {
        client_id: PORTAL_CLIENT_ID,
        redirect_uri: REDIRECT_URI,
        scope: params.scope ?? '',
        code,
        code_verifier: verifier,
        grant_type: 'authorization_code',
        client_info: '1',
        'client-request-id': params['client-request-id'] ?? '',
        'X-AnchorMailbox': `Oid:${MEGAN.id}@${TENANT_ID}`,
      },
      { Origin: 'http://localhost:3000' },
    );
    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:3000');
    expect(tokenResponse.headers.get('Cache-Control')).toBe('no-store');
    const body = (await tokenResponse.json()) as Record<string, string | number>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600 });
    expect(body.scope).toBe('https://graph.microsoft.com/User.Read openid profile');
    expect(JSON.parse(Buffer.from(String(body.client_info), 'base64url').toString())).toEqual({
      uid: MEGAN.id,
      utid: TENANT_ID,
    });

    const access = decodePayload(String(body.access_token));
    // Graph's tokens are version 1.0 whatever endpoint issued them (#15).
    expect(access).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: V1_ISSUER,
      tid: TENANT_ID,
      oid: MEGAN.id,
      name: MEGAN.displayName,
      unique_name: MEGAN.userPrincipalName,
      upn: MEGAN.userPrincipalName,
      scp: 'User.Read',
      appid: PORTAL_CLIENT_ID,
      appidacr: '0',
      wids: [GLOBAL_ADMINISTRATOR_TEMPLATE_ID],
      idtyp: 'user',
      ver: '1.0',
      // The sign-in page stands for password + MFA: PIM's "require MFA on activation" is met (#16).
      amr: ['pwd', 'mfa'],
    });
    for (const v2Only of ['azp', 'azpacr', 'preferred_username']) expect(access).not.toHaveProperty(v2Only);
    expect(access.exp).toBe(Number(access.iat) + 3600);
    const header = JSON.parse(Buffer.from(String(body.access_token).split('.')[0] ?? '', 'base64url').toString());
    const [jwk] = (t.identity.jwks() as { keys: { kid: string }[] }).keys;
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: jwk?.kid });

    const id = decodePayload(String(body.id_token));
    expect(id).toMatchObject({
      aud: PORTAL_CLIENT_ID,
      iss: ISSUER,
      tid: TENANT_ID,
      oid: MEGAN.id,
      nonce: params.nonce,
      preferred_username: MEGAN.userPrincipalName,
      ver: '2.0',
    });
    expect(id.sub).toBe(access.sub);
    expect(id.sub).not.toBe(MEGAN.id);
    expect(body.refresh_token).toEqual(expect.any(String));

    expect(await t.identity.verifyRequest(`Bearer ${body.access_token}`)).toEqual({
      kind: 'user',
      userId: MEGAN.id,
      tenantId: TENANT_ID,
      scopes: ['User.Read'],
      clientId: PORTAL_CLIENT_ID,
      amr: ['pwd', 'mfa'],
    });
  });

  it('puts every requested Graph scope in scp, bare, and User.Read when none is asked for', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await getCode(t.identity, challenge, MEGAN.id, {
      scope: 'https://graph.microsoft.com/RoleManagement.ReadWrite.Directory Directory.Read.All openid',
    });
    const body = (await (await redeem(t.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
    })).json()) as Record<string, string>;
    expect(decodePayload(body.access_token ?? '').scp).toBe('RoleManagement.ReadWrite.Directory Directory.Read.All');
    expect(body.refresh_token).toBeUndefined();

    const second = pkcePair();
    const code2 = await getCode(t.identity, second.challenge, ALEX.id, { scope: 'openid profile' });
    const body2 = (await (await redeem(t.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code: code2, redirect_uri: REDIRECT_URI,
      code_verifier: second.verifier,
    })).json()) as Record<string, string>;
    expect(decodePayload(body2.access_token ?? '').scp).toBe('User.Read');
  });

  it("redeems a single-page application's code only cross-origin: without Origin, AADSTS9002327", async () => {
    const { verifier, challenge } = pkcePair();
    const code = await getCode(t.identity, challenge);
    const fields = { client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier };
    const serverSide = await redeem(t.identity, fields, {});
    expect(serverSide.status).toBe(400);
    const body = (await serverSide.json()) as { error: string; error_codes: number[]; error_description: string };
    expect(body).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });
    expect(body.error_description).toMatch(
      /^AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests\.\r\n/,
    );
  });

  it('refuses a wrong code_verifier and then treats the code as spent', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await getCode(t.identity, challenge);
    const wrong = await redeem(t.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI,
      code_verifier: pkcePair().verifier,
    });
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as { error: string; error_codes: number[]; error_description: string };
    expect(body.error).toBe('invalid_grant');
    expect(body.error_codes).toEqual([501481]);
    expect(body.error_description).toMatch(/^AADSTS501481: .*\r\nTrace ID: .*\r\nCorrelation ID: .*\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    const retry = await redeem(t.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
    });
    expect(((await retry.json()) as { error_codes: number[] }).error_codes).toEqual([54005]);
  });

  it('refuses the challenge itself as the verifier (what plain PKCE would accept)', async () => {
    const { challenge } = pkcePair();
    const code = await getCode(t.identity, challenge);
    const response = await redeem(t.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: challenge,
    });
    expect(((await response.json()) as { error_codes: number[] }).error_codes).toEqual([501481]);
  });

  it('redeems a code once: the second use is AADSTS54005', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await getCode(t.identity, challenge);
    const fields = { client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier };
    expect((await redeem(t.identity, fields)).status).toBe(200);
    const again = await redeem(t.identity, fields);
    expect(again.status).toBe(400);
    const body = (await again.json()) as { error: string; error_description: string; error_codes: number[] };
    expect(body.error).toBe('invalid_grant');
    expect(body.error_codes).toEqual([54005]);
    expect(body.error_description).toContain('OAuth2 Authorization code was already redeemed');
  });

  it('refuses a redirect_uri at the token endpoint that differs from the one the code was issued for', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await getCode(t.identity, challenge);
    const response = await redeem(t.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: `${REDIRECT_URI}/`, code_verifier: verifier,
    });
    expect(((await response.json()) as { error_codes: number[] }).error_codes).toEqual([500112]);
  });

  it('refuses an unknown code as malformed', async () => {
    const response = await redeem(t.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code: '1.made-up', redirect_uri: REDIRECT_URI,
      code_verifier: pkcePair().verifier,
    });
    expect(((await response.json()) as { error: string; error_codes: number[] })).toMatchObject({
      error: 'invalid_grant', error_codes: [9002313],
    });
  });
});

describe('code lifetime', () => {
  it('expires a code after 10 minutes with AADSTS70008', async () => {
    const own = await makeIdentity();
    try {
      const fresh = pkcePair();
      const freshCode = await getCode(own.identity, fresh.challenge);
      own.clock.now += 9 * 60 * 1000 + 59 * 1000;
      expect((await redeem(own.identity, {
        client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code: freshCode, redirect_uri: REDIRECT_URI,
        code_verifier: fresh.verifier,
      })).status).toBe(200);

      const { verifier, challenge } = pkcePair();
      const code = await getCode(own.identity, challenge);
      own.clock.now += 10 * 60 * 1000;
      const response = await redeem(own.identity, {
        client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_grant', error_codes: [70008] });
    } finally {
      await own.cleanup();
    }
  });
});

describe('response modes', () => {
  it('returns the code in the query for response_mode=query', async () => {
    const response = await signIn(t.identity, msalAuthorizeParams(pkcePair().challenge, { response_mode: 'query' }), ALEX.id);
    const location = new URL(response.headers.get('Location') ?? '');
    expect(location.hash).toBe('');
    expect(location.searchParams.get('code')).toBeTruthy();
  });

  it('posts the code to the redirect URI for response_mode=form_post, with a nonce-locked script', async () => {
    const response = await signIn(t.identity, msalAuthorizeParams(pkcePair().challenge, { response_mode: 'form_post' }), ALEX.id);
    expect(response.status).toBe(200);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/script-src 'nonce-[^']+'/);
    expect(csp).toContain('form-action');
    const html = await response.text();
    expect(html).toContain(`action="${REDIRECT_URI}"`);
    expect(html).toMatch(/name="code" value="1\.[^"]+"/);
  });
});
