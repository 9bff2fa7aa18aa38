import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/common/not-built-yet';
import { BladeHeader } from '@/components/shell/blade-header';

export const metadata: Metadata = { title: 'Users' };

export default function Page() {
  return (
    <>
      <BladeHeader crumbs={[{ label: 'Users' }]} title="Users" section="All users" />
      <NotBuiltYet what="Users and their assigned roles" issue={6} />
    </>
  );
}
