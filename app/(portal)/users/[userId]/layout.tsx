import type { ReactNode } from 'react';
import { UserBladeHeader } from '@/components/users/user-blade-header';
import { toUserSummary } from '@/lib/views/user-summary';
import { loadUser } from '@/lib/views/users';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ userId: string }>;

// The chrome renders beside the page, not before it, so the page's reads start at once. No chrome for a malformed
// or unknown id: the page calls notFound() and this blade's not-found.tsx answers.
const Chrome = quietOnLoadFailure(async function Chrome({ params }: { params: Params }) {
  const user = await loadUser((await params).userId);
  return user ? <UserBladeHeader user={toUserSummary(user)} /> : null;
});

export default function UserBladeLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <Chrome params={params} />
      {children}
    </>
  );
}
