import { z } from 'zod';

/** The claims the portal reads from its access token. Graph verifies the token; the portal only reads it. */
const claimsSchema = z.object({
  oid: z.guid(),
  tid: z.guid(),
  exp: z.number(),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
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
