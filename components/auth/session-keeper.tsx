'use client';

import { useEffect, useRef } from 'react';
import { useAuthConfig } from './auth-config';

const CHECK_EVERY_MS = 60_000;
/** MSAL renews an access token this long before it expires (msal-common's default tokenRenewalOffsetSeconds). */
export const RENEW_BEFORE_SECONDS = 300;

/**
 * Keeps the server's copy of the Graph token current. The shell knows when the token expires (the layout reads it
 * from the session cookie), so MSAL is loaded only once the token is inside MSAL's renewal window: MSAL then renews
 * it with its refresh token, and the new one is handed to the server before the old cookie lapses. When MSAL can't
 * renew silently, nothing happens here: the cookie expires and the next page load goes through sign-in and back.
 */
export function SessionKeeper({ expiresAt }: { expiresAt: number }) {
  const config = useAuthConfig();
  const expiry = useRef(expiresAt);
  const renewing = useRef(false);

  // A refreshed layout may bring a later expiry (a token stored since, e.g. by another tab's sign-in).
  useEffect(() => {
    expiry.current = Math.max(expiry.current, expiresAt);
  }, [expiresAt]);

  useEffect(() => {
    let cancelled = false;
    const check = () => {
      if (renewing.current || Date.now() / 1000 < expiry.current - RENEW_BEFORE_SECONDS) return;
      renewing.current = true;
      import('./msal-on-demand')
        .then(({ renewSessionToken }) => renewSessionToken(config, expiry.current))
        .then((renewedUntil) => {
          if (!cancelled && renewedUntil) expiry.current = renewedUntil;
        })
        .catch(() => console.error('Session renewal failed.'))
        .finally(() => {
          renewing.current = false;
        });
    };
    check();
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    window.addEventListener('focus', check);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, [config]);

  return null;
}
