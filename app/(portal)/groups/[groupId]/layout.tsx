import type { ReactNode } from 'react';
import { GroupBladeHeader } from '@/components/groups/group-blade-header';
import { loadGroup, toGroupSummary } from '@/lib/views/groups';

// The blade's chrome. For a malformed id or an unknown group there is no chrome: the page under it calls
// notFound(), so this blade's not-found.tsx (which a layout's own notFound() would skip) shows the sentence.
export default async function GroupBladeLayout({ children, params }: { children: ReactNode; params: Promise<{ groupId: string }> }) {
  const group = await loadGroup((await params).groupId);
  if (!group) return children;
  return (
    <>
      <GroupBladeHeader group={toGroupSummary(group)} />
      {children}
    </>
  );
}
