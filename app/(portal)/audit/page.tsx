import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/common/not-built-yet';
import { BladeHeader } from '@/components/shell/blade-header';

export const metadata: Metadata = { title: 'Audit logs' };

export default function Page() {
  return (
    <>
      <BladeHeader crumbs={[{ label: 'Audit logs' }]} title="Audit logs" />
      <NotBuiltYet what="The audit log of role management changes" issue={7} />
    </>
  );
}
