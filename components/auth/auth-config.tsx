'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { PublicAuthConfig } from '@/lib/auth/msal-config';

// The sign-in settings without MSAL itself: the signed-in shell needs them only to load MSAL on demand (renewal
// and sign-out, components/auth/msal-on-demand.ts), so a blade's first load carries no MSAL.
const AuthConfigContext = createContext<PublicAuthConfig | null>(null);

export function AuthConfigProvider({ config, children }: { config: PublicAuthConfig; children: ReactNode }) {
  return <AuthConfigContext.Provider value={config}>{children}</AuthConfigContext.Provider>;
}

export function useAuthConfig(): PublicAuthConfig {
  const config = useContext(AuthConfigContext);
  if (!config) throw new Error('useAuthConfig must be used inside <AuthConfigProvider> or <AuthProvider>.');
  return config;
}
