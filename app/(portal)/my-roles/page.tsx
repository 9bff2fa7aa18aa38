import type { Metadata } from 'next';
import { MyRolesView } from '@/components/my-roles/my-roles-view';
import { graphNow } from '@/components/my-roles/my-pim-rows';
import { BladeHeader } from '@/components/shell/blade-header';
import { loadMyRolesPage } from '@/lib/views/my-roles';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'My roles' };

export default withLoadFailure(async function MyRolesPage() {
  const { settings, ...data } = await loadMyRolesPage();
  // Time left is counted from Graph's clock as far as its answers tell (the emulator's PIM clock may stand still).
  const now = graphNow(data, Date.now());
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Roles and administrators', href: '/roles' }, { label: 'My roles' }]}
        title="My roles"
        description="The directory roles you hold and the ones you are eligible for, at every scope: assigned to you directly, or through a role-assignable group you are a member of."
      />
      <MyRolesView data={data} settings={settings} now={now} />
    </>
  );
});
