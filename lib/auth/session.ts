import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { env } from '@/lib/env';
import { createGraphClient, GraphError, type GraphClient } from '@/lib/graph/server';
import { signInPath } from './return-to';
import { REQUEST_PATH_HEADER, SESSION_COOKIE } from './session-cookie';
import { isExpired, readTokenClaims, type TokenClaims } from './token-claims';

export type Session = { accessToken: string; claims: TokenClaims };

/** The signed-in admin's session from the httpOnly cookie, or null when it is missing, unreadable or expired. */
export const readSession = cache(async (): Promise<Session | null> => {
  const accessToken = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!accessToken) return null;
  const claims = readTokenClaims(accessToken);
  if (!claims || isExpired(claims)) return null;
  return { accessToken, claims };
});

/** The page that was asked for (set by proxy.ts), so the admin returns to it after signing in. */
async function requestedPath(): Promise<string> {
  return (await headers()).get(REQUEST_PATH_HEADER) ?? '/roles';
}

/** For pages and layouts: the session, or a redirect to sign-in and back. */
export async function requireSession(): Promise<Session> {
  const session = await readSession();
  if (!session) redirect(signInPath(await requestedPath(), 'expired'));
  return session;
}

function graphFor(session: Session): GraphClient {
  return createGraphClient({ baseUrl: env().graphBaseUrl, accessToken: session.accessToken });
}

/** For pages: a Graph client acting as the signed-in admin; redirects to sign-in when there is no session. */
export const requireGraph = cache(async (): Promise<GraphClient> => graphFor(await requireSession()));

/** For server actions (public endpoints): a Graph client, or null when the sign-in has expired. */
export async function graphForSignedInAdmin(): Promise<GraphClient | null> {
  return (await signedInGraph())?.graph ?? null;
}

/** Who acts and how: the signed-in admin's Graph client and object id (the token's `oid`). */
export type SignedInGraph = { graph: GraphClient; userId: string };

/** For server actions and route handlers: the admin's Graph client and id, or null when the sign-in has expired. */
export async function signedInGraph(): Promise<SignedInGraph | null> {
  const session = await readSession();
  return session ? { graph: graphFor(session), userId: session.claims.oid } : null;
}

/**
 * Runs a page's Graph reads; when Graph says the token is no longer good (401: revoked, or a restarted
 * directory), the admin goes to sign-in and back instead of seeing an error.
 */
export async function withSignInOnUnauthorized<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof GraphError && error.status === 401) redirect(signInPath(await requestedPath(), 'expired'));
    throw error;
  }
}
