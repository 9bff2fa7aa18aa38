import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTOMATION_CLIENT_ID, AUTOMATION_SP_ID, ISSUER, MEGAN, PORTAL_CLIENT_ID, REDIRECT_URI, TENANT_ID, V1_ISSUER, getCode,
  makeIdentity, pkcePair, redeem, type TestIdentity,
} from './test-helpers';

let t: TestIdentity;
beforeAll(async () => {
  t = await makeIdentity();
});
afterAll(() => t.cleanup());

const failure = (message: string) => ({ error: 'InvalidAuthenticationToken', message });

describe('verifyRequest', () => {
  it('returns the user caller for a minted delegated token', async () => {
    const token = await t.identity.mintAccessTokenForTests({ userId: MEGAN.id, scopes: ['Directory.Read.All'] });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toEqual({
      kind: 'user', userId: MEGAN.id, tenantId: TENANT_ID, scopes: ['Directory.Read.All'], clientId: PORTAL_CLIENT_ID,
      amr: ['pwd', 'mfa'],
    });
  });

  it('reads amr into the caller, empty when the token has none', async () => {
    const token = await t.identity.mintAccessTokenForTests({ userId: MEGAN.id, scopes: ['Directory.Read.All'], amr: [] });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toMatchObject({ kind: 'user', amr: [] });
    const pwdOnly = await t.identity.mintAccessTokenForTests({ userId: MEGAN.id, amr: ['pwd'] });
    expect(await t.identity.verifyRequest(`Bearer ${pwdOnly}`)).toMatchObject({ kind: 'user', amr: ['pwd'] });
  });

  it('returns the app caller for a minted app-only token', async () => {
    const token = await t.identity.mintAccessTokenForTests({ app: true, roles: ['Directory.Read.All'] });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toEqual({
      kind: 'app', servicePrincipalId: AUTOMATION_SP_ID, tenantId: TENANT_ID, roles: ['Directory.Read.All'],
      clientId: AUTOMATION_CLIENT_ID,
    });
  });

  it('accepts the Graph app id as audience', async () => {
    const token = await t.identity.mintAccessTokenForTests({
      userId: MEGAN.id, audience: '00000003-0000-0000-c000-000000000000',
    });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toMatchObject({ kind: 'user' });
  });

  it.each([[undefined], [''], ['Bearer'], ['Bearer '], ['Basic abc']])('says the token is empty for %j', async (header) => {
    expect(await t.identity.verifyRequest(header)).toEqual(failure('Access token is empty.'));
  });

  it('says a token without dots is not well formed', async () => {
    const result = await t.identity.verifyRequest('Bearer not-a-jwt');
    expect(result).toMatchObject({ error: 'InvalidAuthenticationToken', message: expect.stringMatching(/^IDX14100: JWT is not well formed/) });
  });

  it('says a token with undecodable parts cannot be decoded', async () => {
    const result = await t.identity.verifyRequest('Bearer a.b.c');
    expect(result).toMatchObject({ message: expect.stringMatching(/^IDX14102: /) });
  });

  it('refuses a token signed with another key', async () => {
    const token = await t.identity.mintAccessTokenForTests({ userId: MEGAN.id, signWithForeignKey: true });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toEqual(failure('Signature validation failed.'));
  });

  it('refuses an unsigned (alg none) token', async () => {
    const [, payload] = (await t.identity.mintAccessTokenForTests({ userId: MEGAN.id })).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(await t.identity.verifyRequest(`Bearer ${header}.${payload}.`)).toEqual(failure('Signature validation failed.'));
  });

  it('refuses an expired token, allowing 60 seconds of clock skew', async () => {
    const justExpired = await t.identity.mintAccessTokenForTests({ userId: MEGAN.id, expiresInSeconds: -30 });
    expect(await t.identity.verifyRequest(`Bearer ${justExpired}`)).toMatchObject({ kind: 'user' });
    const expired = await t.identity.mintAccessTokenForTests({ userId: MEGAN.id, expiresInSeconds: -120 });
    expect(await t.identity.verifyRequest(`Bearer ${expired}`)).toEqual(
      failure('Lifetime validation failed, the token is expired.'),
    );
  });

  it('refuses a token once the clock passes its exp', async () => {
    const own = await makeIdentity();
    try {
      const token = await own.identity.mintAccessTokenForTests({ userId: MEGAN.id });
      own.clock.now += 3600 * 1000 + 61 * 1000;
      expect(await own.identity.verifyRequest(`Bearer ${token}`)).toEqual(
        failure('Lifetime validation failed, the token is expired.'),
      );
    } finally {
      await own.cleanup();
    }
  });

  it('refuses a token for another audience', async () => {
    const token = await t.identity.mintAccessTokenForTests({ userId: MEGAN.id, audience: 'api://contoso-expenses' });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toEqual(
      failure('Access token validation failure. Invalid audience.'),
    );
  });

  it('refuses an id token used as an access token', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await getCode(t.identity, challenge);
    const body = (await (await redeem(t.identity, {
      client_id: PORTAL_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
    })).json()) as { id_token: string };
    expect(await t.identity.verifyRequest(`Bearer ${body.id_token}`)).toEqual(
      failure('Access token validation failure. Invalid audience.'),
    );
  });

  it('refuses a token from another issuer or tenant even when our key signed it', async () => {
    const other = '00000000-0000-4000-8000-000000000000';
    const own = await makeIdentity({ tenantId: other, issuer: `https://localhost:4443/${other}/v2.0` }, t.dataDir);
    const token = await own.identity.mintAccessTokenForTests({ userId: MEGAN.id });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toEqual(
      failure('Access token validation failure. Invalid issuer.'),
    );
  });

  // #15: Graph's tokens are v1; the emulator's v2 issuer is for id tokens (and its own refresh tokens) only.
  it.each([
    ['the v2 issuer', { iss: ISSUER, ver: '2.0' }],
    ['the v1 issuer with ver 2.0', { ver: '2.0' }],
  ])('refuses a Graph token with %s, even when our key signed it', async (_, change) => {
    const token = await signWithOurKey({ ...userClaims(), ...change });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toEqual(failure('Access token validation failure. Invalid issuer.'));
    expect(await t.identity.verifyRequest(`Bearer ${await signWithOurKey(userClaims())}`)).toMatchObject({ kind: 'user' });
  });

  it('refuses a token with neither scp nor roles shape (not an access token)', async () => {
    // Signed with the real key, so only the claims are wrong.
    const token = await signWithOurKey({ ...userClaims(), scp: undefined, idtyp: undefined });
    expect(await t.identity.verifyRequest(`Bearer ${token}`)).toEqual(failure('Access token validation failure.'));
  });
});

function userClaims(): Record<string, unknown> {
  const now = Math.floor(t.clock.now / 1000);
  return {
    aud: 'https://graph.microsoft.com', iss: V1_ISSUER, ver: '1.0', tid: TENANT_ID, oid: MEGAN.id, appid: PORTAL_CLIENT_ID,
    idtyp: 'user', scp: 'User.Read', iat: now, nbf: now, exp: now + 600,
  };
}

async function signWithOurKey(claims: Record<string, unknown>): Promise<string> {
  const keyFile = await readFile(path.join(t.dataDir, 'signing-key.json'), 'utf8');
  const { privateJwk, kid } = JSON.parse(keyFile) as { privateJwk: Record<string, string>; kid: string };
  const key = await importJWK(privateJwk, 'RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(key);
}

describe('signing key', () => {
  it('is kept in the data dir, so a restarted emulator publishes the same key', async () => {
    const again = await makeIdentity({}, t.dataDir);
    expect(again.identity.jwks()).toEqual(t.identity.jwks());
  });

  it('fails loudly on a corrupt key file', async () => {
    const own = await makeIdentity();
    try {
      await writeFile(path.join(own.dataDir, 'signing-key.json'), '{"nope":true}');
      await expect(makeIdentity({}, own.dataDir)).rejects.toThrow(/signing-key\.json is not a signing key/);
    } finally {
      await own.cleanup();
    }
  });
});
