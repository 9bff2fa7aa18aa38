import type { Metadata } from 'next';
import { AuthProvider } from '@/components/auth/auth-provider';
import { RedirectHandler } from '@/components/auth/redirect-handler';
import { SignInUnavailable } from '@/components/auth/sign-in-unavailable';
import { publicAuthConfig } from '@/lib/auth/public-config';

export const metadata: Metadata = { title: 'Signing in' };

// The redirect URI registered for the portal: MSAL reads the sign-in response from this page's address.
export default async function AuthRedirectPage() {
  const config = await publicAuthConfig();
  if (!config) return <SignInUnavailable />;
  return (
    <AuthProvider config={config}>
      <RedirectHandler />
    </AuthProvider>
  );
}
