'use client';

import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { safeReturnTo } from '@/lib/auth/return-to';
import { storeSessionToken, takeReturnTo } from './session-api';

/**
 * The last step of signing in, wherever MSAL finishes it (the redirect URI, or the page that started the
 * sign-in, where MSAL returns to): take the Graph token from MSAL's cache (renewing it with the refresh token if
 * needed), hand it to the server's httpOnly cookie, and say where to go next.
 */
export async function completeSignIn(
  instance: IPublicClientApplication,
  account: AccountInfo,
  scopes: string[],
  fallbackReturnTo: string,
): Promise<string> {
  instance.setActiveAccount(account);
  const result = await instance.acquireTokenSilent({ scopes, account });
  await storeSessionToken(result.accessToken);
  return safeReturnTo(takeReturnTo() ?? fallbackReturnTo);
}
