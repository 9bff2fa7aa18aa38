import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/common/not-built-yet';
import { BladeHeader } from '@/components/shell/blade-header';

export const metadata: Metadata = { title: 'Groups' };

export default function Page() {
  return (
    <>
      <BladeHeader crumbs={[{ label: 'Groups' }]} title="Groups" section="All groups" />
      <NotBuiltYet what="Groups, role-assignable groups and New group" issue={6} />
    </>
  );
}
