'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { SignedInAdmin } from '@/lib/views/signed-in-admin';

const SignedInAdminContext = createContext<SignedInAdmin | null>(null);

/** Makes the signed-in admin (and whether they may change role assignments) known to every blade's client UI. */
export function SignedInAdminProvider({ admin, children }: { admin: SignedInAdmin; children: ReactNode }) {
  return <SignedInAdminContext.Provider value={admin}>{children}</SignedInAdminContext.Provider>;
}

export function useSignedInAdmin(): SignedInAdmin {
  const admin = useContext(SignedInAdminContext);
  if (!admin) throw new Error('useSignedInAdmin must be used inside the portal layout.');
  return admin;
}
