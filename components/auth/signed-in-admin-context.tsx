'use client';

import { createContext, use, useContext, type ReactNode } from 'react';
import type { SignedInAdmin } from '@/lib/views/signed-in-admin';

const SignedInAdminContext = createContext<Promise<SignedInAdmin> | null>(null);

/**
 * Makes the signed-in admin (and whether they may change role assignments) known to every blade's client UI. It
 * takes the server's promise, not its value: the shell doesn't wait for Graph before the blade starts its own reads,
 * and what needs the admin waits for it under its own Suspense boundary.
 */
export function SignedInAdminProvider({ admin, children }: { admin: Promise<SignedInAdmin>; children: ReactNode }) {
  return <SignedInAdminContext.Provider value={admin}>{children}</SignedInAdminContext.Provider>;
}

export function useSignedInAdmin(): SignedInAdmin {
  const admin = useContext(SignedInAdminContext);
  if (!admin) throw new Error('useSignedInAdmin must be used inside the portal layout.');
  return use(admin);
}
