import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';

// The keys MSAL needs in `authorityMetadata` to skip its own discovery call (msal-common's OpenIdConfigResponse).
const openIdConfigurationSchema = z.looseObject({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  end_session_endpoint: z.url().optional(),
  jwks_uri: z.url(),
});

let pending: Promise<string> | undefined;

/**
 * The authority's OpenID configuration as a JSON string for MSAL's `authorityMetadata`, read once per server
 * process. The same code serves Entra ID (login.microsoftonline.com) and any OpenID provider with Entra's paths.
 * It is public metadata, not user data, so keeping it for the process's lifetime is safe; a failed read is retried.
 */
export function authorityMetadata(): Promise<string> {
  pending ??= fetchMetadata().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

async function fetchMetadata(): Promise<string> {
  const url = env().openIdConfigurationUrl;
  const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`The sign-in service's OpenID configuration answered ${response.status} (${url}).`);
  const parsed = openIdConfigurationSchema.parse(await response.json());
  return JSON.stringify(parsed);
}
