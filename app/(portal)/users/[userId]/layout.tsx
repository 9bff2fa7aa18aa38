import type { ReactNode } from 'react';
import { UserBladeHeader } from '@/components/users/user-blade-header';
import { toUserSummary } from '@/lib/views/user-summary';
import { loadUser } from '@/lib/views/users';

// No chrome for a malformed or unknown id: the page calls notFound() and this blade's not-found.tsx answers.
export default async function UserBladeLayout({ children, params }: { children: ReactNode; params: Promise<{ userId: string }> }) {
  const user = await loadUser((await params).userId);
  if (!user) return children;
  return (
    <>
      <UserBladeHeader user={toUserSummary(user)} />
      {children}
    </>
  );
}
