import type { ReactNode } from 'react';
import { RoleBladeHeader } from '@/components/role-blade/role-blade-header';
import { loadRole, toRoleSummary } from '@/lib/views/role-blade';

// The blade's chrome. A malformed id or an unknown role renders no chrome: the page under it calls notFound(), so
// the blade's own not-found.tsx (which a layout's notFound() would skip) shows the sentence.
export default async function RoleBladeLayout({ children, params }: { children: ReactNode; params: Promise<{ roleId: string }> }) {
  const { roleId } = await params;
  const role = await loadRole(roleId);
  if (!role) return children;
  return (
    <>
      <RoleBladeHeader role={toRoleSummary(role)} />
      {children}
    </>
  );
}
