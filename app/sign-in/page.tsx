import type { Metadata } from 'next';
import { AuthProvider } from '@/components/auth/auth-provider';
import { SignInPanel, type SignInReason } from '@/components/auth/sign-in-panel';
import { SignInUnavailable } from '@/components/auth/sign-in-unavailable';
import { publicAuthConfig } from '@/lib/auth/public-config';
import { safeReturnTo } from '@/lib/auth/return-to';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: {
  searchParams: Promise<{ returnTo?: string | string[]; reason?: string | string[] }>;
}) {
  const { returnTo, reason } = await searchParams;
  const config = await publicAuthConfig();
  if (!config) return <SignInUnavailable />;
  const knownReason: SignInReason = reason === 'expired' || reason === 'signed-out' ? reason : undefined;
  return (
    <AuthProvider config={config}>
      <SignInPanel returnTo={safeReturnTo(typeof returnTo === 'string' ? returnTo : undefined)} reason={knownReason} />
    </AuthProvider>
  );
}
