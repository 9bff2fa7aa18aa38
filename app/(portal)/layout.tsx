import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { AccountMenu, AccountMenuPlaceholder } from '@/components/auth/account-menu';
import { AuthConfigProvider } from '@/components/auth/auth-config';
import { ReadOnlyNotice } from '@/components/auth/read-only-notice';
import { SessionKeeper } from '@/components/auth/session-keeper';
import { SignedInAdminProvider } from '@/components/auth/signed-in-admin-context';
import { SignInUnavailable } from '@/components/auth/sign-in-unavailable';
import { KeptOutcomeProvider } from '@/components/common/kept-outcome';
import { PortalShell } from '@/components/shell/portal-shell';
import { publicAuthConfig } from '@/lib/auth/public-config';
import { readSession } from '@/lib/auth/session';
import { getSignedInAdminForShell } from '@/lib/views/signed-in-admin';

// Next resolves a route's metadata before it renders its layouts, and a blade's title often needs a Graph read
// (the user's or role's name). Starting who-am-I here puts it beside that read instead of after it (one round
// trip, not two); the layout below picks up the same request (React's cache).
export function generateMetadata(): Metadata {
  void getSignedInAdminForShell();
  return {};
}

export default async function PortalLayout({ children }: { children: ReactNode }) {
  // Who is signed in is read alongside the blade's own Graph reads, not before them: the shell hands on the promise.
  const admin = getSignedInAdminForShell();
  const [config, session] = await Promise.all([publicAuthConfig(), readSession()]);
  if (!config) return <SignInUnavailable />;
  return (
    <AuthConfigProvider config={config}>
      <SignedInAdminProvider admin={admin}>
        {/* Without a session the blade sends the admin to sign-in: there is nothing to keep. */}
        {session ? <SessionKeeper expiresAt={session.claims.exp} /> : null}
        {/* Above the blades' error boundary: a change's outcome outlives a blade that fails to load after it. */}
        <KeptOutcomeProvider>
          <PortalShell account={<Suspense fallback={<AccountMenuPlaceholder />}><AccountMenu /></Suspense>}>
            <Suspense fallback={null}>
              <ReadOnlyNotice />
            </Suspense>
            {children}
          </PortalShell>
        </KeptOutcomeProvider>
      </SignedInAdminProvider>
    </AuthConfigProvider>
  );
}
