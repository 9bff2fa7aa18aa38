import type { ReactNode } from 'react';
import { GroupBladeHeader } from '@/components/groups/group-blade-header';
import { loadGroup, toGroupSummary } from '@/lib/views/groups';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ groupId: string }>;

// The chrome renders beside the page, not before it, so the page's reads start at once. For a malformed id or an
// unknown group there is no chrome: the page under it calls notFound(), so this blade's not-found.tsx (which a
// layout's own notFound() would skip) shows the sentence.
const Chrome = quietOnLoadFailure(async function Chrome({ params }: { params: Params }) {
  const group = await loadGroup((await params).groupId);
  return group ? <GroupBladeHeader group={toGroupSummary(group)} /> : null;
});

export default function GroupBladeLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <Chrome params={params} />
      {children}
    </>
  );
}
