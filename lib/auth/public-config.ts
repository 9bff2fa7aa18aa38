import 'server-only';
import { connection } from 'next/server';
import { env } from '@/lib/env';
import type { PublicAuthConfig } from './msal-config';
import { authorityMetadata } from './openid-metadata';
import { graphScopes } from './scopes';

/** The browser's sign-in settings, or null when the sign-in service's metadata can't be read right now. */
export async function publicAuthConfig(): Promise<PublicAuthConfig | null> {
  // Read at request time, never at build time: the sign-in service need not be reachable while building.
  await connection();
  const { clientId, authority, redirectUri } = env();
  try {
    return {
      clientId,
      authority,
      authorityMetadata: await authorityMetadata(),
      redirectUri,
      postLogoutRedirectUri: `${new URL(redirectUri).origin}/sign-in?reason=signed-out`,
      scopes: graphScopes,
    };
  } catch (error) {
    console.error(`Sign-in metadata unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
