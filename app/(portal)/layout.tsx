import { Suspense, type ReactNode } from 'react';
import { AccountMenu, AccountMenuPlaceholder } from '@/components/auth/account-menu';
import { AuthProvider } from '@/components/auth/auth-provider';
import { ReadOnlyNotice } from '@/components/auth/read-only-notice';
import { SessionKeeper } from '@/components/auth/session-keeper';
import { SignedInAdminProvider } from '@/components/auth/signed-in-admin-context';
import { SignInUnavailable } from '@/components/auth/sign-in-unavailable';
import { PortalShell } from '@/components/shell/portal-shell';
import { publicAuthConfig } from '@/lib/auth/public-config';
import { getSignedInAdminForShell } from '@/lib/views/signed-in-admin';

export default async function PortalLayout({ children }: { children: ReactNode }) {
  // Who is signed in is read alongside the blade's own Graph reads, not before them: the shell hands on the promise.
  const admin = getSignedInAdminForShell();
  const config = await publicAuthConfig();
  if (!config) return <SignInUnavailable />;
  return (
    <AuthProvider config={config}>
      <SignedInAdminProvider admin={admin}>
        <SessionKeeper />
        <PortalShell account={<Suspense fallback={<AccountMenuPlaceholder />}><AccountMenu /></Suspense>}>
          <Suspense fallback={null}>
            <ReadOnlyNotice />
          </Suspense>
          {children}
        </PortalShell>
      </SignedInAdminProvider>
    </AuthProvider>
  );
}
