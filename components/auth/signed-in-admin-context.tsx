'use client';

import { createContext, use, useContext, useEffect, useState, type ReactNode } from 'react';
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

/**
 * The signed-in admin once known, null until then, without suspending: for a command in a bar that is already
 * interactive (a Suspense reveal beside an open menu would close it), which renders disabled while it waits.
 */
export function useSignedInAdminWhenKnown(): SignedInAdmin | null {
  const admin = useContext(SignedInAdminContext);
  const [known, setKnown] = useState<{ from: Promise<SignedInAdmin>; value: SignedInAdmin } | null>(null);
  useEffect(() => {
    let current = true;
    admin?.then((value) => current && setKnown({ from: admin, value }), () => undefined);
    return () => {
      current = false;
    };
  }, [admin]);
  return known && known.from === admin ? known.value : null;
}
