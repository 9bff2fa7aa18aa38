import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/common/not-built-yet';
import { BladeHeader } from '@/components/shell/blade-header';

export const metadata: Metadata = { title: 'Administrative units' };

export default function Page() {
  return (
    <>
      <BladeHeader crumbs={[{ label: 'Administrative units' }]} title="Administrative units" />
      <NotBuiltYet what="Administrative units and their Roles and administrators" issue={6} />
    </>
  );
}
