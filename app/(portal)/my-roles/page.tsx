import type { Metadata } from 'next';
import { MyRolesTable } from '@/components/my-roles/my-roles-table';
import { BladeHeader } from '@/components/shell/blade-header';
import { loadMyRoles } from '@/lib/views/my-roles';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'My roles' };

export default withLoadFailure(async function MyRolesPage() {
  const rows = await loadMyRoles();
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Roles and administrators', href: '/roles' }, { label: 'My roles' }]}
        title="My roles"
        description="The directory roles you hold, at every scope: assigned to you directly, or through a role-assignable group you are a member of."
      />
      <MyRolesTable rows={rows} />
    </>
  );
});
