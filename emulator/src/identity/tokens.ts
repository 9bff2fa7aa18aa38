import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { AuthenticationFailure, Caller } from './caller';
import type { SigningKey } from './keys';
import { GRAPH_APP_ID, GRAPH_RESOURCE } from './scopes';
import type { IdentityConfig } from './types';

/** `aud` of refresh tokens: no resource server accepts it, so a refresh token is never a bearer token. */
export const REFRESH_AUDIENCE = 'urn:roles-portal-emulator:refresh_token';
/** Entra gives SPA refresh tokens a fixed 24-hour life from the interactive sign-in. */
export const SPA_REFRESH_LIFETIME_SECONDS = 24 * 60 * 60;
const CLOCK_SKEW_SECONDS = 60;
const ACCESS_AUDIENCES = [GRAPH_RESOURCE, GRAPH_APP_ID];

/**
 * `amr` of tokens from the sign-in page: the page stands for a completed password + MFA sign-in, so PIM's
 * "require multifactor authentication" setting is met, as it is for an Entra user who did MFA at sign-in.
 */
export const INTERACTIVE_AMR: readonly string[] = ['pwd', 'mfa'];

export type SignedInUser = {
  id: string;
  displayName: string;
  userPrincipalName: string;
  /** Template ids of the built-in roles the user holds at `/` (directly or through a group): the token's `wids`. */
  tenantRoleTemplateIds?: string[];
};

/**
 * Graph's application registration accepts version 1.0 access tokens, so Entra issues Graph tokens in the v1 shape
 * whichever endpoint is asked (v2 included): this issuer, `appid`/`appidacr`, `unique_name`/`upn`, no `azp`.
 * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference
 */
export function v1Issuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}

export type RefreshGrant = {
  userId: string;
  clientId: string;
  /** The `scope` string of the original request, kept so a refresh without `scope` gets the same token. */
  scope: string;
  /** Seconds; the interactive sign-in this grant descends from. */
  authTime: number;
};

type Signer = { key: SigningKey; config: IdentityConfig; now: () => number };

const seconds = (ms: number) => Math.floor(ms / 1000);
const randomId = () => randomBytes(16).toString('base64url');

/** Entra's `sub` is pairwise: the same user has a different `sub` in each application. */
export function pairwiseSubject(clientId: string, userId: string): string {
  return createHash('sha256').update(`${clientId}:${userId}`).digest('base64url');
}

/** `client_info` lets MSAL build the home account id `oid.tid`, as with Entra. */
export function clientInfo(userId: string, tenantId: string): string {
  return Buffer.from(JSON.stringify({ uid: userId, utid: tenantId })).toString('base64url');
}

function sign(signer: Signer, payload: JWTPayload, lifetimeSeconds: number, key = signer.key): Promise<string> {
  const now = seconds(signer.now());
  // A token minted already expired (tests) keeps a sane iat/nbf before its exp.
  const iat = lifetimeSeconds > 0 ? now : now + lifetimeSeconds - 3600;
  return new SignJWT({ ...payload, iat, nbf: iat, exp: now + lifetimeSeconds })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .sign(key.privateKey);
}

export function mintUserAccessToken(
  signer: Signer,
  opts: { user: SignedInUser; clientId: string; scopes: string[]; lifetimeSeconds: number; audience?: string;
    authTime?: number; key?: SigningKey; amr?: readonly string[] },
): Promise<string> {
  const { config } = signer;
  return sign(
    signer,
    {
      aud: opts.audience ?? GRAPH_RESOURCE,
      iss: v1Issuer(config.tenantId),
      tid: config.tenantId,
      oid: opts.user.id,
      sub: pairwiseSubject(opts.clientId, opts.user.id),
      name: opts.user.displayName,
      unique_name: opts.user.userPrincipalName,
      upn: opts.user.userPrincipalName,
      scp: opts.scopes.join(' '),
      appid: opts.clientId,
      // 0: a public client (the portal holds no secret).
      appidacr: '0',
      app_displayname: 'Roles Portal',
      wids: opts.user.tenantRoleTemplateIds ?? [],
      idtyp: 'user',
      ver: '1.0',
      uti: randomId(),
      ...(opts.authTime === undefined ? {} : { auth_time: opts.authTime }),
      ...(opts.amr && opts.amr.length > 0 ? { amr: [...opts.amr] } : {}),
    },
    opts.lifetimeSeconds,
    opts.key,
  );
}

export function mintAppAccessToken(
  signer: Signer,
  opts: { roles: string[]; lifetimeSeconds: number; audience?: string; key?: SigningKey },
): Promise<string> {
  const { config } = signer;
  return sign(
    signer,
    {
      aud: opts.audience ?? GRAPH_RESOURCE,
      iss: v1Issuer(config.tenantId),
      idp: v1Issuer(config.tenantId),
      tid: config.tenantId,
      oid: config.automationServicePrincipalId,
      sub: config.automationServicePrincipalId,
      roles: opts.roles,
      appid: config.automationClientId,
      // 1: the client authenticated with a secret.
      appidacr: '1',
      app_displayname: 'Contoso Automation',
      idtyp: 'app',
      ver: '1.0',
      uti: randomId(),
    },
    opts.lifetimeSeconds,
    opts.key,
  );
}

export function mintIdToken(
  signer: Signer,
  opts: { user: SignedInUser; clientId: string; nonce?: string; authTime: number },
): Promise<string> {
  const { config } = signer;
  return sign(
    signer,
    {
      aud: opts.clientId,
      iss: config.issuer,
      tid: config.tenantId,
      oid: opts.user.id,
      sub: pairwiseSubject(opts.clientId, opts.user.id),
      name: opts.user.displayName,
      preferred_username: opts.user.userPrincipalName,
      auth_time: opts.authTime,
      ver: '2.0',
      uti: randomId(),
      ...(opts.nonce ? { nonce: opts.nonce } : {}),
    },
    config.tokenLifetimeSeconds,
  );
}

/**
 * Refresh tokens are signed JWTs with their own audience, so they survive a restart without a store. Each refresh
 * returns a new one; like Entra's, an older one stays valid until the grant's fixed 24 hours run out.
 */
export function mintRefreshToken(signer: Signer, grant: RefreshGrant): Promise<string> {
  const remaining = grant.authTime + SPA_REFRESH_LIFETIME_SECONDS - seconds(signer.now());
  return sign(
    signer,
    {
      aud: REFRESH_AUDIENCE,
      iss: signer.config.issuer,
      tid: signer.config.tenantId,
      oid: grant.userId,
      azp: grant.clientId,
      scope: grant.scope,
      auth_time: grant.authTime,
      token_use: 'refresh',
      jti: randomId(),
    },
    remaining,
  );
}

export type RefreshCheck = { grant: RefreshGrant } | { expired: true; authTime: number } | { invalid: true };

export async function readRefreshToken(signer: Signer, token: string): Promise<RefreshCheck> {
  try {
    const { payload } = await jwtVerify(token, signer.key.publicKey, {
      algorithms: ['RS256'],
      issuer: signer.config.issuer,
      audience: REFRESH_AUDIENCE,
      currentDate: new Date(signer.now()),
    });
    const grant = toRefreshGrant(payload);
    return grant && payload.tid === signer.config.tenantId ? { grant } : { invalid: true };
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      const authTime = error.payload.auth_time;
      return { expired: true, authTime: typeof authTime === 'number' ? authTime : 0 };
    }
    return { invalid: true };
  }
}

function toRefreshGrant(payload: JWTPayload): RefreshGrant | null {
  const { oid, azp, scope, auth_time: authTime, token_use: use } = payload;
  if (use !== 'refresh' || typeof oid !== 'string' || typeof azp !== 'string' || typeof scope !== 'string') {
    return null;
  }
  if (typeof authTime !== 'number') return null;
  return { userId: oid, clientId: azp, scope, authTime };
}

// Microsoft Graph's own 401 messages where we know them; the README lists which ones are unverified.
export const graphMessages = {
  empty: 'Access token is empty.',
  notWellFormed:
    "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact " +
    "Serialization Format. (JWS): 'EncodedHeader.EndcodedPayload.EncodedSignature'. (JWE): " +
    "'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector.EncodedCiphertext.EncodedAuthenticationTag'.",
  undecodable: "IDX14102: Unable to decode the header '[PII of type 'System.String' is hidden.]' as Base64Url encoded string.",
  expired: 'Lifetime validation failed, the token is expired.',
  notYetValid: 'Lifetime validation failed, the token is not yet valid.',
  audience: 'Access token validation failure. Invalid audience.',
  issuer: 'Access token validation failure. Invalid issuer.',
  signature: 'Signature validation failed.',
  notAccessToken: 'Access token validation failure.',
};

const fail = (message: string): AuthenticationFailure => ({ error: 'InvalidAuthenticationToken', message });

/** Checks a Graph request's `Authorization` header the way Graph does. Never logs the token. */
export async function verifyAccessToken(signer: Signer, header: string | undefined): Promise<Caller | AuthenticationFailure> {
  const match = /^Bearer[ ]+(\S*)\s*$/i.exec(header?.trim() ?? '');
  const token = match?.[1] ?? '';
  if (!token) return fail(graphMessages.empty);
  if (token.split('.').length !== 3) return fail(graphMessages.notWellFormed);
  try {
    decodeProtectedHeader(token);
    decodeJwt(token);
  } catch {
    return fail(graphMessages.undecodable);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, signer.key.publicKey, {
      algorithms: ['RS256'],
      typ: 'JWT',
      currentDate: new Date(signer.now()),
      clockTolerance: CLOCK_SKEW_SECONDS,
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return fail(graphMessages.expired);
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') return fail(graphMessages.notYetValid);
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'typ') return fail(graphMessages.notAccessToken);
    return fail(graphMessages.signature);
  }
  // Claims are checked after the signature so that nothing an attacker wrote is believed first.
  const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audience.some((aud) => typeof aud === 'string' && ACCESS_AUDIENCES.includes(aud))) {
    return fail(graphMessages.audience);
  }
  // Graph takes only the v1 shape it is issued in; a v2-issuer token (e.g. an id token re-aimed at Graph) is refused.
  const { tenantId } = signer.config;
  if (payload.iss !== v1Issuer(tenantId) || payload.tid !== tenantId || payload.ver !== '1.0') {
    return fail(graphMessages.issuer);
  }
  return toCaller(payload, signer.config.tenantId) ?? fail(graphMessages.notAccessToken);
}

function toCaller(payload: JWTPayload, tenantId: string): Caller | null {
  const { idtyp, oid, appid, scp, roles, amr } = payload;
  if (typeof oid !== 'string' || typeof appid !== 'string') return null;
  if (idtyp === 'app') {
    const list = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
    return { kind: 'app', servicePrincipalId: oid, tenantId, roles: list, clientId: appid };
  }
  if (idtyp === 'user' && typeof scp === 'string') {
    const methods = Array.isArray(amr) ? amr.filter((m): m is string => typeof m === 'string') : [];
    return { kind: 'user', userId: oid, tenantId, scopes: scp.split(' ').filter(Boolean), clientId: appid, amr: methods };
  }
  return null;
}
