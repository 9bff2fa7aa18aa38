// Reached only through import(), by the signed-in shell when the token nears expiry or the admin signs out:
// MSAL (about 80 KB gzip) stays out of every blade's first load.
import { InteractionRequiredAuthError, PublicClientApplication } from '@azure/msal-browser';
import { msalConfiguration, type PublicAuthConfig } from '@/lib/auth/msal-config';
import { storeSessionToken } from './session-api';

const SAME_TOKEN_SLACK_SECONDS = 60;

let client: Promise<PublicClientApplication> | null = null;

// One client per tab: it reads the accounts and refresh token the sign-in pages left in sessionStorage.
function msal(config: PublicAuthConfig): Promise<PublicClientApplication> {
  client ??= (async () => {
    const instance = new PublicClientApplication(msalConfiguration(config));
    await instance.initialize();
    return instance;
  })();
  return client;
}

/**
 * Renews the Graph token with MSAL's refresh token and hands the new one to the server. Resolves to the new
 * expiry (seconds since the epoch), or null when nothing changed: no account in this tab's MSAL cache, MSAL still
 * had only the current token, or renewal needs interaction (then the cookie lapses and the next page load goes
 * through sign-in and back).
 */
export async function renewSessionToken(config: PublicAuthConfig, expiresAt: number): Promise<number | null> {
  const instance = await msal(config);
  const account = instance.getActiveAccount() ?? instance.getAllAccounts()[0];
  if (!account) return null;
  try {
    const result = await instance.acquireTokenSilent({ scopes: config.scopes, account });
    const expiresOn = Math.floor((result.expiresOn?.getTime() ?? 0) / 1000);
    // MSAL dates a token from when it arrived, so the server's own token can read a few seconds later than its
    // exp claim: only a token that lasts clearly longer is a renewal worth posting.
    if (expiresOn <= expiresAt + SAME_TOKEN_SLACK_SECONDS) return null;
    return await storeSessionToken(result.accessToken);
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) console.error('Session renewal failed.');
    return null;
  }
}

/** Ends MSAL's sign-in for this tab and at the sign-in service, which returns to /sign-in?reason=signed-out. */
export async function signOutRedirect(config: PublicAuthConfig): Promise<void> {
  const instance = await msal(config);
  await instance.logoutRedirect({ account: instance.getActiveAccount() ?? undefined });
}
