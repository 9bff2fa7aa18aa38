'use client';

import { PublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { msalConfiguration, type PublicAuthConfig } from '@/lib/auth/msal-config';

const AuthConfigContext = createContext<PublicAuthConfig | null>(null);

/**
 * MSAL for the whole tree. The client application exists only in the browser: created during server rendering it
 * would touch `window`, so the server renders the children without a provider and the browser adds it.
 */
export function AuthProvider({ config, children }: { config: PublicAuthConfig; children: ReactNode }) {
  const [instance] = useState(() =>
    typeof window === 'undefined' ? null : new PublicClientApplication(msalConfiguration(config)),
  );
  return (
    <AuthConfigContext.Provider value={config}>
      {instance ? <MsalProvider instance={instance}>{children}</MsalProvider> : children}
    </AuthConfigContext.Provider>
  );
}

export function useAuthConfig(): PublicAuthConfig {
  const config = useContext(AuthConfigContext);
  if (!config) throw new Error('useAuthConfig must be used inside <AuthProvider>.');
  return config;
}
