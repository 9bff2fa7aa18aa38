import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadRole } from '@/lib/views/role-blade';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ roleId: string }>;

// A malformed or unknown role is a 404, checked beside the page (which reads the same role, cached) and outside its
// loading boundary, so nothing has streamed yet; roles/not-found.tsx answers in the unit's words.
const RoleExists = quietOnLoadFailure(async function RoleExists({ params }: { params: Params }) {
  if (!(await loadRole((await params).roleId))) notFound();
  return null;
});

export default function RoleAtUnitLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <RoleExists params={params} />
      {children}
    </>
  );
}
