import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/common/not-built-yet';
import { BladeHeader } from '@/components/shell/blade-header';

export const metadata: Metadata = { title: 'My roles' };

export default function Page() {
  return (
    <>
      <BladeHeader crumbs={[{ label: 'My roles' }]} title="My roles" />
      <NotBuiltYet what="Your own role assignments" issue={4} />
    </>
  );
}
