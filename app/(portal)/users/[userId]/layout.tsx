import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { UserBladeHeader } from '@/components/users/user-blade-header';
import { toUserSummary } from '@/lib/views/user-summary';
import { loadUser } from '@/lib/views/users';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ userId: string }>;

// The chrome renders beside the page, not before it, so the page's reads start at once. For a malformed or unknown
// id the chrome calls notFound(): outside the page's loading boundary, so the answer is a real 404 with
// users/not-found.tsx, before anything has streamed.
const Chrome = quietOnLoadFailure(async function Chrome({ params }: { params: Params }) {
  const user = await loadUser((await params).userId);
  if (!user) notFound();
  return <UserBladeHeader user={toUserSummary(user)} />;
});

export default function UserBladeLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <Chrome params={params} />
      {children}
    </>
  );
}
