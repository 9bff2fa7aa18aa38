import { z } from 'zod';

/**
 * The claims the portal reads from its access token. Graph verifies the token; the portal only reads it. Graph's
 * tokens are version 1.0 (`upn`, `unique_name`); `preferred_username` is the v2 name for the same sign-in name, so
 * it is filled from them when absent and callers read one claim whichever version arrived.
 */
const claimsSchema = z
  .object({
    oid: z.guid(),
    tid: z.guid(),
    exp: z.number(),
    name: z.string().optional(),
    preferred_username: z.string().optional(),
    upn: z.string().optional(),
    unique_name: z.string().optional(),
  })
  .transform(({ upn, unique_name: uniqueName, ...claims }) => {
    const signInName = claims.preferred_username ?? upn ?? uniqueName;
    return signInName === undefined ? claims : { ...claims, preferred_username: signInName };
  });

export type TokenClaims = z.infer<typeof claimsSchema>;

/** Reads a JWT's payload without verifying it; null when it isn't a JWT with the claims above. */
export function readTokenClaims(token: string): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const json: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    const parsed = claimsSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** True when the token has expired, or expires within `skewSeconds` (so a request doesn't start with a dying token). */
export function isExpired(claims: TokenClaims, nowSeconds = Date.now() / 1000, skewSeconds = 30): boolean {
  return claims.exp <= nowSeconds + skewSeconds;
}

/** Graph's audience, as the resource URI or as Graph's app id (v1 and v2 tokens differ). */
export const GRAPH_AUDIENCES = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];
/** How far in the future `nbf` may be: clocks drift, but not by more than this. */
const NOT_BEFORE_SKEW_SECONDS = 5 * 60;

const headerSchema = z.object({ alg: z.string().min(1) });
const checkedClaimsSchema = z.object({
  aud: z.union([z.string(), z.array(z.string())]),
  iss: z.string().optional(),
  nbf: z.number().optional(),
});

/**
 * Graph's access tokens are version 1.0 whichever endpoint issued them, so their issuer is the v1 form for the
 * tenant, for a real tenant and for the emulator alike.
 * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference
 */
export function graphTokenIssuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId.toLowerCase()}/`;
}

export type SessionTokenCheck = { ok: true; claims: TokenClaims } | { ok: false; error: string };

/**
 * What a client can check of a Graph access token before keeping it as the session: its shape, a signing algorithm,
 * the tenant, Graph as its audience, its lifetime and the tenant's v1 issuer. It does not verify the signature (only
 * Graph can, for Graph's tokens); every Graph call still does. Each refusal says in a sentence what was wrong.
 */
export function checkSessionToken(token: string, options: { tenantId: string; nowSeconds: number }): SessionTokenCheck {
  const refuse = (error: string): SessionTokenCheck => ({ ok: false, error });
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => part === '')) return refuse('That is not an access token (a JWT has three parts).');
  const [headerPart = '', payloadPart = ''] = parts;
  const header = headerSchema.safeParse(decodeJson(headerPart));
  if (!header.success) return refuse("That access token's header can't be read.");
  if (header.data.alg.toLowerCase() === 'none') return refuse('That access token is not signed.');
  const payload = decodeJson(payloadPart);
  const claims = claimsSchema.safeParse(payload);
  const checked = checkedClaimsSchema.safeParse(payload);
  if (!claims.success || !checked.success) return refuse("That access token lacks the claims of a sign-in (oid, tid, aud, exp).");
  if (claims.data.tid.toLowerCase() !== options.tenantId.toLowerCase()) return refuse('That sign-in is for another tenant.');
  const audiences = Array.isArray(checked.data.aud) ? checked.data.aud : [checked.data.aud];
  if (!audiences.some((aud) => GRAPH_AUDIENCES.includes(aud.toLowerCase()))) return refuse('That access token is not for Microsoft Graph.');
  if (claims.data.exp <= options.nowSeconds) return refuse('That sign-in has expired. Sign in again.');
  if (checked.data.nbf !== undefined && checked.data.nbf > options.nowSeconds + NOT_BEFORE_SKEW_SECONDS) {
    return refuse('That access token is not valid yet. Check the clock of this computer.');
  }
  if (checked.data.iss?.toLowerCase() !== graphTokenIssuer(options.tenantId)) {
    return refuse('That access token was not issued by this tenant for Microsoft Graph.');
  }
  return { ok: true, claims: claims.data };
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}
