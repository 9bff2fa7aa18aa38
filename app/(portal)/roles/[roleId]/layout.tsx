import type { ReactNode } from 'react';
import { RoleBladeHeader } from '@/components/role-blade/role-blade-header';
import { loadRole, toRoleSummary } from '@/lib/views/role-blade';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ roleId: string }>;

// The chrome renders beside the page, not before it: both read the role (once, cached), and the page's other reads
// start at the same time. A malformed id or an unknown role renders no chrome: the page calls notFound(), so the
// blade's own not-found.tsx (which a layout's notFound() would skip) shows the sentence.
const Chrome = quietOnLoadFailure(async function Chrome({ params }: { params: Params }) {
  const role = await loadRole((await params).roleId);
  return role ? <RoleBladeHeader role={toRoleSummary(role)} /> : null;
});

export default function RoleBladeLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <Chrome params={params} />
      {children}
    </>
  );
}
