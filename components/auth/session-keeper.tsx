'use client';

import { InteractionRequiredAuthError, InteractionStatus } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { useEffect, useRef } from 'react';
import { useAuthConfig } from './auth-provider';
import { storeSessionToken } from './session-api';

const CHECK_EVERY_MS = 60_000;

/**
 * Keeps the server's copy of the Graph token current: MSAL renews the token (with its refresh token) when it
 * nears expiry, and the new one is handed to the server before the old cookie lapses. When MSAL can't renew
 * silently, nothing happens here: the cookie expires and the next page load goes through sign-in and back.
 */
export function SessionKeeper() {
  const { instance, accounts, inProgress } = useMsal();
  const { scopes } = useAuthConfig();
  const lastToken = useRef<string | null>(null);

  useEffect(() => {
    // MSAL must finish initialising (and any redirect it is handling) before it can hand out tokens.
    if (inProgress !== InteractionStatus.None) return;
    const account = instance.getActiveAccount() ?? accounts[0];
    if (!account) return;
    let cancelled = false;
    const renew = () => {
      instance
        .acquireTokenSilent({ scopes, account })
        .then(async (result) => {
          if (cancelled || result.accessToken === lastToken.current) return;
          if (lastToken.current !== null) await storeSessionToken(result.accessToken);
          lastToken.current = result.accessToken;
        })
        .catch((error: unknown) => {
          if (!(error instanceof InteractionRequiredAuthError)) console.error('Session renewal failed.');
        });
    };
    renew();
    const timer = window.setInterval(renew, CHECK_EVERY_MS);
    window.addEventListener('focus', renew);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      window.removeEventListener('focus', renew);
    };
  }, [accounts, inProgress, instance, scopes]);

  return null;
}
