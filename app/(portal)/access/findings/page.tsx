import type { Metadata } from 'next';
import { withLoadFailure } from '@/components/common/with-load-failure';
import { HygieneView } from '@/components/effective-access/hygiene-view';
import { BladeHeader } from '@/components/shell/blade-header';
import { loadHygiene } from '@/lib/views/hygiene';

export const metadata: Metadata = { title: 'Access findings' };

export default withLoadFailure(async function AccessFindingsPage() {
  const read = await loadHygiene();
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Roles and administrators', href: '/roles' }, { label: 'Access findings' }]}
        title="Access findings"
        description="What Microsoft's best practices for Microsoft Entra roles would flag in this tenant, and who each finding is about."
      />
      <HygieneView read={read} />
    </>
  );
});
