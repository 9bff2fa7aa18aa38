import { describe, expect, inject, it } from 'vitest';
import { tokenFor } from '@/tests/graph-fixtures';
import { checkSessionToken, isExpired, readTokenClaims } from './token-claims';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object) => `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(payload)}.c2lnbmF0dXJl`;
const claims = { oid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', tid: 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f', exp: 2_000 };

describe('readTokenClaims', () => {
  it('reads the claims of a JWT', () => {
    expect(readTokenClaims(jwt({ ...claims, name: 'Patti Fernandez' }))).toMatchObject({ name: 'Patti Fernandez', exp: 2000 });
  });

  it("reads a v1 token's sign-in name from upn or unique_name as preferred_username", () => {
    expect(readTokenClaims(jwt({ ...claims, upn: 'PattiF@contoso.onmicrosoft.com' }))).toMatchObject({ preferred_username: 'PattiF@contoso.onmicrosoft.com' });
    expect(readTokenClaims(jwt({ ...claims, unique_name: 'AlexW@contoso.onmicrosoft.com' }))).toMatchObject({ preferred_username: 'AlexW@contoso.onmicrosoft.com' });
    expect(readTokenClaims(jwt({ ...claims, preferred_username: 'a@b', upn: 'c@d' }))).toMatchObject({ preferred_username: 'a@b' });
  });

  it.each([['not-a-token'], ['a.b'], [`x.${encode({ oid: 'nope', tid: 'nope', exp: 1 })}.y`], ['a.!!!.c']])(
    'returns null for %s',
    (token) => {
      expect(readTokenClaims(token)).toBeNull();
    },
  );
});

describe('isExpired', () => {
  it('treats a token that expires within the skew as expired', () => {
    expect(isExpired({ ...claims, exp: 1_000 }, 980)).toBe(true);
    expect(isExpired({ ...claims, exp: 1_000 }, 900)).toBe(false);
  });
});

describe('checkSessionToken', () => {
  const tenantId = claims.tid;
  const now = 1_000;
  // Graph's tokens are v1 (#15): the issuer is the tenant's sts.windows.net address.
  const current = { ...claims, aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${claims.tid}/`, nbf: 900, exp: 4_600 };
  const withHeader = (header: object, payload: object) => `${encode(header)}.${encode(payload)}.c2lnbmF0dXJl`;
  const check = (token: string) => checkSessionToken(token, { tenantId, nowSeconds: now });

  it.each([
    ['the resource URI', { aud: 'https://graph.microsoft.com' }],
    ["Graph's app id", { aud: '00000003-0000-0000-c000-000000000000' }],
    ['an audience list', { aud: ['api://other', 'https://graph.microsoft.com'] }],
    ['no nbf', { nbf: undefined }],
    ['nbf a little ahead (clock skew)', { nbf: now + 299 }],
    ['the tenant id in capitals', { tid: tenantId.toUpperCase() }],
  ])('keeps a current Graph token of this tenant with %s', (_, change) => {
    const result = check(jwt({ ...current, ...change }));
    expect(result).toMatchObject({ ok: true, claims: { oid: claims.oid, exp: 4_600 } });
  });

  it("keeps the emulator's delegated Graph token", async () => {
    const token = await tokenFor('PattiF');
    const result = checkSessionToken(token, { tenantId: inject('tenantId'), nowSeconds: Math.floor(Date.now() / 1000) });
    expect(result).toMatchObject({ ok: true });
    expect(checkSessionToken(token, { tenantId: '11111111-2222-4333-8444-555555555555', nowSeconds: Math.floor(Date.now() / 1000) })).toMatchObject({ ok: false });
  });

  it.each([
    ['two parts', 'a.b', 'three parts'],
    ['an empty part', `${encode({ alg: 'RS256' })}..c2ln`, 'three parts'],
    ['four parts', `${jwt(current)}.x`, 'three parts'],
    ['a header that is not JSON', `!!!.${encode(current)}.c2ln`, "header can't be read"],
    ['a header without alg', withHeader({ typ: 'JWT' }, current), "header can't be read"],
    ['alg none', withHeader({ alg: 'none', typ: 'JWT' }, current), 'not signed'],
    ['alg NONE', withHeader({ alg: 'NONE' }, current), 'not signed'],
    ['no tid', jwt({ ...current, tid: undefined }), 'lacks the claims'],
    ['no aud', jwt({ ...current, aud: undefined }), 'lacks the claims'],
    ['no iss', jwt({ ...current, iss: undefined }), 'not issued by this tenant'],
    ["another tenant's issuer", jwt({ ...current, iss: 'https://sts.windows.net/11111111-2222-4333-8444-555555555555/' }), 'not issued by this tenant'],
    ['a v2 issuer (an id token, not a Graph token)', jwt({ ...current, iss: `https://login.microsoftonline.com/${claims.tid}/v2.0` }), 'not issued by this tenant'],
    ['an issuer that only starts like the tenant\'s', jwt({ ...current, iss: `https://sts.windows.net/${claims.tid}/x` }), 'not issued by this tenant'],
    ['another tenant', jwt({ ...current, tid: '11111111-2222-4333-8444-555555555555' }), 'another tenant'],
    ['another audience', jwt({ ...current, aud: 'api://roles-portal' }), 'not for Microsoft Graph'],
    ["the emulator's refresh-token audience", jwt({ ...current, aud: 'urn:roles-portal-emulator:refresh_token' }), 'not for Microsoft Graph'],
    ['exp now', jwt({ ...current, exp: now }), 'expired'],
    ['exp past', jwt({ ...current, exp: now - 3_600 }), 'expired'],
    ['nbf more than 5 minutes ahead', jwt({ ...current, nbf: now + 301 }), 'not valid yet'],
  ])('refuses a token with %s, saying why', (_, token, reason) => {
    const result = check(token);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(reason);
  });
});
