import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RoleDescription } from '@/components/role-blade/role-description';
import { loadRole, rolePermissions, toRoleSummary } from '@/lib/views/role-blade';

type Props = { params: Promise<{ roleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await loadRole((await params).roleId);
  return { title: role ? `${role.displayName} | Description` : 'Role not found' };
}

export default async function RoleDescriptionPage({ params }: Props) {
  const role = await loadRole((await params).roleId);
  if (!role) notFound();
  return <RoleDescription role={toRoleSummary(role)} permissions={rolePermissions(role)} />;
}
