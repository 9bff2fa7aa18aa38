'use client';

import { PublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import { useState, type ReactNode } from 'react';
import { msalConfiguration, type PublicAuthConfig } from '@/lib/auth/msal-config';
import { AuthConfigProvider } from './auth-config';

export { useAuthConfig } from './auth-config';

/**
 * MSAL for the sign-in pages (sign-in and the redirect URI). The client application exists only in the browser:
 * created during server rendering it would touch `window`, so the server renders the children without a provider
 * and the browser adds it. The signed-in shell doesn't use this: it loads MSAL only to renew the token or to sign
 * out (msal-on-demand.ts).
 */
export function AuthProvider({ config, children }: { config: PublicAuthConfig; children: ReactNode }) {
  const [instance] = useState(() =>
    typeof window === 'undefined' ? null : new PublicClientApplication(msalConfiguration(config)),
  );
  return (
    <AuthConfigProvider config={config}>
      {instance ? <MsalProvider instance={instance}>{children}</MsalProvider> : children}
    </AuthConfigProvider>
  );
}
