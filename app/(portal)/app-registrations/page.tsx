import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/common/not-built-yet';
import { BladeHeader } from '@/components/shell/blade-header';

export const metadata: Metadata = { title: 'App registrations' };

export default function Page() {
  return (
    <>
      <BladeHeader crumbs={[{ label: 'App registrations' }]} title="App registrations" />
      <NotBuiltYet what="App registrations and their Roles and administrators" issue={6} />
    </>
  );
}
