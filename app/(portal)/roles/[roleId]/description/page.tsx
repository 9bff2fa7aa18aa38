import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RoleDescription } from '@/components/role-blade/role-description';
import { loadRole, rolePermissions, toRoleSummary } from '@/lib/views/role-blade';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ roleId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const role = await loadRole((await params).roleId);
  return { title: role ? `${role.displayName} | Description` : 'Role not found' };
}

export default withLoadFailure(async function RoleDescriptionPage({ params }: Props) {
  const role = await loadRole((await params).roleId);
  if (!role) notFound();
  return <RoleDescription role={toRoleSummary(role)} permissions={rolePermissions(role)} />;
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
