import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { RoleBladeHeader } from '@/components/role-blade/role-blade-header';
import { loadRole, toRoleSummary } from '@/lib/views/role-blade';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ roleId: string }>;

// The chrome renders beside the page, not before it: both read the role (once, cached), and the page's other reads
// start at the same time. For a malformed id or an unknown role the chrome calls notFound(): it sits outside the
// page's loading boundary, so nothing has streamed yet and the answer is a real 404 with roles/not-found.tsx.
const Chrome = quietOnLoadFailure(async function Chrome({ params }: { params: Params }) {
  const role = await loadRole((await params).roleId);
  if (!role) notFound();
  return <RoleBladeHeader role={toRoleSummary(role)} />;
});

export default function RoleBladeLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <Chrome params={params} />
      {children}
    </>
  );
}
