import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { GroupBladeHeader } from '@/components/groups/group-blade-header';
import { loadGroup, toGroupSummary } from '@/lib/views/groups';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ groupId: string }>;

// The chrome renders beside the page, not before it, so the page's reads start at once. For a malformed id or an
// unknown group the chrome calls notFound(): outside the page's loading boundary, so the answer is a real 404 with
// groups/not-found.tsx, before anything has streamed.
const Chrome = quietOnLoadFailure(async function Chrome({ params }: { params: Params }) {
  const group = await loadGroup((await params).groupId);
  if (!group) notFound();
  return <GroupBladeHeader group={toGroupSummary(group)} />;
});

export default function GroupBladeLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <Chrome params={params} />
      {children}
    </>
  );
}
